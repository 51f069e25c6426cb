package blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import lib.BadInput;
import org.junit.jupiter.api.Test;

/** The IDX reader against files written here from the format's definition (the oracle: the bytes we wrote). */
class IdxTest {
    static byte[] idx(int magic, int[] dims, int elements) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) out.writeInt(d);
        for (int i = 0; i < elements; i++) out.writeByte(i * 37 % 256);
        return bytes.toByteArray();
    }

    static Idx.Array read(byte[] b) throws IOException {
        return Idx.read(Path.of("test.idx"), new ByteArrayInputStream(b));
    }

    @Test
    void readsImagesAsUnsignedBytesInRowMajorOrder() throws IOException {
        Idx.Array a = read(idx(0x00000803, new int[] {3, 2, 4}, 24));
        assertArrayEquals(new int[] {3, 2, 4}, a.dims());
        assertEquals(3, a.count());
        assertEquals(8, a.itemSize());
        for (int i = 0; i < 24; i++) assertEquals(i * 37 % 256, a.get(i));   // bytes above 127 read unsigned
    }

    @Test
    void readsLabels() throws IOException {
        Idx.Array a = read(idx(0x00000801, new int[] {5}, 5));
        assertEquals(5, a.count());
        assertEquals(1, a.itemSize());
    }

    @Test
    void refusesWrongMagicTruncationAndTrailingBytes() throws IOException {
        assertThrows(BadInput.class, () -> read(idx(0x00000d03, new int[] {1, 2, 2}, 4)));      // float elements
        assertThrows(BadInput.class, () -> read(idx(0x00000803, new int[] {3, 2, 4}, 23)));     // one byte short
        assertThrows(BadInput.class, () -> read(idx(0x00000801, new int[] {5}, 6)));            // one byte extra
        BadInput e = assertThrows(BadInput.class, () -> read(new byte[0]));
        assertTrue(e.getMessage().contains("test.idx"));
    }
}
