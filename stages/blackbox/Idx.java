package blackbox;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import lib.BadInput;

/**
 * The IDX format of LeCun, Cortes and Burges' MNIST distribution: a big-endian magic number 0x0000TTDD (TT the
 * element type, 0x08 = unsigned byte; DD the number of dimensions), DD big-endian 32-bit sizes, then the elements
 * in row-major order. Only unsigned bytes are needed (MNIST images and labels).
 */
public final class Idx {
    private Idx() {}

    private static final int UBYTE = 0x08;

    /** The sizes and unsigned-byte elements of one IDX file. */
    public record Array(int[] dims, byte[] data) {
        public int count() { return dims[0]; }

        /** Elements per item: 1 for labels, rows*cols for images. */
        public int itemSize() {
            int s = 1;
            for (int i = 1; i < dims.length; i++) s *= dims[i];
            return s;
        }

        public int get(int i) { return data[i] & 0xff; }
    }

    public static Array read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (NoSuchFileException e) {
            throw new BadInput(file, "no such IDX file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Array read(Path file, InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
        int magic;
        try {
            magic = in.readInt();
        } catch (java.io.EOFException e) {
            throw new BadInput(file, "empty file, not IDX");
        }
        if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != UBYTE || (magic & 0xff) < 1) {
            throw new BadInput(file, String.format("magic number 0x%08x is not an unsigned-byte IDX header 0x000008DD", magic));
        }
        int[] dims = new int[magic & 0xff];
        long total = 1;
        for (int i = 0; i < dims.length; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) throw new BadInput(file, "negative size in dimension " + i);
            total *= dims[i];
        }
        if (total > Integer.MAX_VALUE - 8) throw new BadInput(file, "too many elements: " + total);
        byte[] data = new byte[(int) total];
        try {
            in.readFully(data);
        } catch (java.io.EOFException e) {
            throw new BadInput(file, "truncated: header " + Arrays.toString(dims) + " promises " + total + " elements");
        }
        if (in.read() != -1) throw new BadInput(file, "trailing bytes after " + total + " elements");
        return new Array(dims, data);
    }
}
