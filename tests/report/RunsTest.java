package report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ran: a stage make restored from the run cache is named as restored, with the cache, in the report's run table. */
class RunsTest {
    static Path stage(Path data, String name, String firstLogLine) throws Exception {
        Path dir = Files.createDirectories(data.resolve(name));
        Files.writeString(dir.resolve("checks.csv"), "# source_sha256: abc\nclaim,verdict\n# rows: 0\n");
        Files.writeString(dir.resolve("checks.csv.run"), "# wall_time_s: 12.5\n# git_commit: 0123456789abcdef\n");
        if (firstLogLine != null) Files.writeString(dir.resolve("stage.log"), firstLogLine + "\nwhat the stage printed\n");
        return dir;
    }

    @Test
    void aRestoredStageNamesItsCacheAndARunStageDoesNot(@TempDir Path data) throws Exception {
        // the line workflow/run-stage writes (restore_entry), with a key of 64 hex digits
        stage(data, "a", "run-stage: restored from the cache (~/.cache/grf-repro/runs), entry " + "f".repeat(64)
                + "; what the run that stored it printed follows");
        stage(data, "b", "[2/15] b (quick)");
        stage(data, "c", null);
        List<Runs.StageRun> runs = Runs.of(data, Path.of("target/no-such-profiles/paper"));
        assertEquals(List.of("a", "b", "c"), runs.stream().map(Runs.StageRun::stage).toList());
        assertEquals("~/.cache/grf-repro/runs", runs.get(0).restoredFrom());
        assertTrue(Text.commit(runs.get(0)).contains("restored from the run cache ~/.cache/grf-repro/runs"), Text.commit(runs.get(0)));
        assertFalse(runs.get(1).restored(), "a stage whose log starts otherwise ran");
        assertFalse(runs.get(2).restored(), "a stage without a log ran");
        assertEquals("0123456789", Text.commit(runs.get(1)));
    }

    @Test
    void theLineMustBeRunStagesOwn(@TempDir Path data) throws Exception {
        // a stage that merely prints the words somewhere in its log was not restored
        stage(data, "a", "note: results can be restored from the cache (see docs/run-cache.md), entry none");
        assertFalse(Runs.of(data, Path.of("target/no-such-profiles/paper")).get(0).restored());
    }

    @Test
    void theDownloadCacheExperimentsAndOtherProfilesRootsAreNoStages(@TempDir Path root) throws Exception {
        Path data = root.resolve("data");
        Path profiles = root.resolve("workflow/profiles");
        Files.createDirectories(profiles.resolve("paper"));
        Files.createDirectories(profiles.resolve("quick"));
        stage(data, "gd-moments", null);
        stage(data.resolve("quick"), "gd-moments", null);
        Files.createDirectories(data.resolve("cache/mnist"));
        Files.createDirectories(data.resolve("exp/n200"));
        assertEquals(List.of("gd-moments"), Runs.of(data, profiles.resolve("paper")).stream().map(Runs.StageRun::stage).toList());
    }
}
