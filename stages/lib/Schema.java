package lib;

import java.util.List;

/** Name, version and typed columns of a CSV artifact. Readers validate all three. */
public record Schema(String name, int version, List<Column> columns) {

    public enum Type { NUMBER, INTEGER, TEXT }

    public record Column(String name, Type type) {}

    public static Column num(String name) { return new Column(name, Type.NUMBER); }

    public static Column integer(String name) { return new Column(name, Type.INTEGER); }

    public static Column text(String name) { return new Column(name, Type.TEXT); }

    public static Schema of(String name, int version, Column... columns) {
        return new Schema(name, version, List.of(columns));
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
