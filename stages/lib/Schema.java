package lib;

import java.util.List;

/**
 * Name, version and typed columns of a CSV artifact, and the columns whose values identify a row (its key). Readers
 * validate all of them: a key that occurs twice is bad input, and so is an integer outside the range of a Java int
 * ({@link Type#INTEGER}) or long ({@link Type#LONG}), so that no reader ever casts a wrapped value.
 */
public record Schema(String name, int version, List<Column> columns, List<String> key) {

    public enum Type { NUMBER, INTEGER, LONG, TEXT }

    public record Column(String name, Type type) {}

    public static Column num(String name) { return new Column(name, Type.NUMBER); }

    public static Column integer(String name) { return new Column(name, Type.INTEGER); }

    /** An integer that may exceed a Java int (a seed). */
    public static Column longInteger(String name) { return new Column(name, Type.LONG); }

    public static Column text(String name) { return new Column(name, Type.TEXT); }

    public static Schema of(String name, int version, Column... columns) {
        return new Schema(name, version, List.of(columns), List.of());
    }

    /** The same schema whose rows are identified by the values of these columns (each must be one of its columns). */
    public Schema key(String... names) {
        for (String n : names) {
            if (!columnNames().contains(n)) throw new IllegalArgumentException(name + ": key column " + n + " is not a column");
        }
        return new Schema(name, version, columns, List.of(names));
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
