package reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * `make clean` and `make restore` in sequences a user types: whatever the order, a profile's results are either where
 * they were or recoverable by `make restore`, and restore never reports success for what it did not bring back. The
 * project's Makefile and workflow/ in a scratch repository, with a profile's results written as files (the rules need
 * no stage to run for clean and restore).
 */
class CleanRestoreTest {
    static final Path ROOT = Path.of("target/clean-restore");

    static Path repo(String name) throws Exception {
        Path repo = ROOT.resolve(name);
        MakeFaultsTest.deleteTree(repo);
        Files.createDirectories(repo);
        for (String f : List.of("Makefile", "workflow")) MakeFaultsTest.copyTree(Path.of(f), repo.resolve(f));
        return repo;
    }

    /** A quick profile's results: the files of two stages and the report, with the given content tag. */
    static Map<String, String> results(Path repo, String tag) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String f : List.of("data/quick/sample-field/moments.csv", "data/quick/gd-moments/optimum.csv", "figures/quick/sample-field/figure1.svg",
                "paper-checks/quick/report.md")) {
            Files.createDirectories(repo.resolve(f).getParent());
            Files.writeString(repo.resolve(f), tag + " " + f);
            files.put(f, tag + " " + f);
        }
        return files;
    }

    static Map<String, String> present(Path repo, Map<String, String> expected) throws Exception {
        Map<String, String> now = new TreeMap<>();
        for (String f : expected.keySet()) if (Files.exists(repo.resolve(f))) now.put(f, Files.readString(repo.resolve(f)));
        return now;
    }

    static MakeFaultsTest.Run make(Path repo, String target) throws Exception {
        return MakeFaultsTest.exec(List.of("make", "--no-print-directory", "PROFILE=quick", target), Map.of(), repo);
    }

    @BeforeAll
    static void fresh() throws Exception {
        Files.createDirectories(MakeFaultsTest.ROOT);
        Files.deleteIfExists(Outcome.DIR.resolve("clean.md"));
    }

    static void record(String what, String command, MakeFaultsTest.Run r, String intact) {
        new Outcome(what, command, r.exit(), MakeFaultsTest.problemLine(r.output()), intact).record("clean");
    }

    @Test
    void cleanTwiceThenRestoreBringsTheResultsBack() throws Exception {
        Path repo = repo("clean-clean-restore");
        Map<String, String> run = results(repo, "first");
        assertEquals(0, make(repo, "clean").exit());
        MakeFaultsTest.Run second = make(repo, "clean");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("nothing of profile quick to clean; the last clean's"), second.output());
        MakeFaultsTest.Run restore = make(repo, "restore");
        assertEquals(0, restore.exit(), restore.output());
        assertEquals(run, present(repo, run), "every file of the first run is back (the old code's second clean emptied the trash)");
        record("make clean twice, then make restore", "make clean; make clean; make restore", second,
                "restore brings back every file of the run (" + run.size() + " files)");
    }

    @Test
    void cleanRunCleanRestoreBringsBackTheLatestRun() throws Exception {
        Path repo = repo("clean-run-clean-restore");
        results(repo, "first");
        assertEquals(0, make(repo, "clean").exit());
        Map<String, String> rerun = results(repo, "second");
        assertEquals(0, make(repo, "clean").exit());
        MakeFaultsTest.Run restore = make(repo, "restore");
        assertEquals(0, restore.exit(), restore.output());
        assertEquals(rerun, present(repo, rerun), "the latest run comes back whole, not mixed with the first");
        record("make clean, a new run, make clean, make restore", "make clean; make quick; make clean; make restore", restore,
                "the latest run's files, all of them, none of the first run's");
    }

    @Test
    void restoreOverANewRunKeepsBothAndSaysSo() throws Exception {
        Path repo = repo("clean-run-restore");
        results(repo, "first");
        assertEquals(0, make(repo, "clean").exit());
        Map<String, String> rerun = results(repo, "second");
        MakeFaultsTest.Run restore = make(repo, "restore");
        assertEquals(2, restore.exit(), "make's code for a failed recipe: restore could not put everything back");
        assertTrue(restore.output().contains("exists again; the cleaned copy stays in .trash/quick"), restore.output());
        assertEquals(rerun, present(repo, rerun), "the new run is untouched");
        assertTrue(Files.exists(repo.resolve(".trash/quick/data/quick/sample-field/moments.csv")), "the cleaned run stays recoverable");
        record("make restore over a run made after the clean", "make clean; make quick; make restore", restore,
                "the new run untouched; the cleaned one stays in .trash/quick; exit non-zero");
    }

    @Test
    void aTrashMissingFilesIsNotReportedAsRestored() throws Exception {
        Path repo = repo("damaged-trash");
        results(repo, "first");
        assertEquals(0, make(repo, "clean").exit());
        MakeFaultsTest.deleteTree(repo.resolve(".trash/quick/data/quick/gd-moments"));
        MakeFaultsTest.Run restore = make(repo, "restore");
        assertEquals(2, restore.exit(), restore.output());
        assertTrue(restore.output().contains("lacks 1 of the paths its clean recorded"), restore.output());
        assertFalse(Files.exists(repo.resolve("data/quick/sample-field")), "nothing moved: the trash stays as it is for inspection");
        record("make restore from a trash someone emptied in part", "rm -r .trash/quick/data/quick/gd-moments; make restore", restore,
                "nothing moved, the rest stays in the trash; not reported as restored");
    }

    @Test
    void restoreWithNothingInTheTrashSaysSo() throws Exception {
        Path repo = repo("nothing");
        MakeFaultsTest.Run restore = make(repo, "restore");
        assertEquals(2, restore.exit(), restore.output());
        assertTrue(restore.output().contains("nothing to restore"), restore.output());
        try (Stream<Path> s = Files.list(repo)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("data")));
        }
        record("make restore with an empty trash", "make restore", restore, "nothing created");
    }
}
