package lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each stage declares the claims it decides (its ClaimIds), and checks its registry against that list before it computes
 * anything; the committed registry must hold exactly those claims, in the same order, or every run of the stage would
 * stop at its registry.
 */
class ClaimIdsTest {
    static Stream<Arguments> registryHoldsExactlyTheDeclaredClaims() {
        return Stream.of(
            Arguments.of("sample-field", samplefield.ClaimIds.ALL),
            Arguments.of("gd-moments", gdmoments.ClaimIds.ALL),
            Arguments.of("asymptotic-normality", asymptoticnormality.ClaimIds.ALL),
            Arguments.of("euler-minimum", eulerminimum.ClaimIds.ALL),
            Arguments.of("field-geometry", geometry.ClaimIds.ALL),
            Arguments.of("pspin-complexity", pspin.ClaimIds.ALL),
            Arguments.of("pspin-descent", pspin.DescentClaimIds.ALL),
            Arguments.of("deep-linear", deeplinear.ClaimIds.ALL),
            Arguments.of("blackbox-mnist", blackbox.ClaimIds.ALL),
            Arguments.of("predictable-progress", progress.ClaimIds.ALL),
            Arguments.of("progress-mlp", progress.MlpClaimIds.ALL),
            Arguments.of("sgd-markov", sgdmarkov.ClaimIds.ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void registryHoldsExactlyTheDeclaredClaims(String stage, List<String> declared) {
        Path registry = Path.of("paper-checks", stage + ".csv");
        List<String> ids = new ArrayList<>(Claims.load(registry).all().keySet());
        assertEquals(declared, ids, registry + " against " + stage + "'s ClaimIds");
        // and the check that uses the list accepts it
        assertEquals(ids.size(), Claims.load(registry, "paper", declared).all().size());
    }
}
