package lib;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of a stage that checks claims (a picocli mixin): its registry, the profile whose verdicts apply, its figures. */
public final class CheckOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec mixee;

    @Option(names = "--claims", description = "claims registry (default: paper-checks/<stage>.csv)") Path claims;
    @Option(names = "--figures", description = "figure directory (default: figures/<stage>)") Path figures;
    @Option(names = "--profile", defaultValue = "paper", description = "whose registered verdicts apply: paper or quick "
            + "(default: ${DEFAULT-VALUE})") String profile;

    public Path claims() { return claims != null ? claims : Path.of("paper-checks", mixee.name() + ".csv"); }

    public Path figures() { return figures != null ? figures : Path.of("figures", mixee.name()); }

    /**
     * The registry, loaded for the profile (paper or quick), of a stage that decides exactly the claims {@code decides}:
     * called before the stage computes anything, so a registry edit that drops, renames or adds a claim costs no work.
     */
    public Claims load(java.util.List<String> decides) {
        Require.oneOf(mixee, "--profile", profile, "paper", Claim.QUICK);
        return Claims.load(claims(), profile, decides);
    }
}
