package asymptoticnormality;

import java.util.List;

/**
 * The claims stage asymptotic-normality decides, in the order of its registry (paper-checks/asymptotic-normality.csv). The
 * registry is user-edited input, checked against this list before the stage computes anything (lib/Claims#load);
 * a test checks that the committed registry has exactly these rows.
 */
public final class ClaimIds {
    private ClaimIds() {}

    public static final List<String> ALL = List.of(
            "thm1-mean-centring-exact", "eq20-sigma2-exact-X0.1", "eq20-sigma2-exact-X0.5", "eq20-sigma2-exact-X1",
            "eq20-sigma2-exact-X1.5", "eq20-sigma2-exact-X2", "eq20-sigma2-exact-X3", "sigma2-corrected-exact",
            "mc-mean-vs-eq11", "mc-var-vs-eq12", "eq20-sigma2-mc-X0.1", "eq20-sigma2-mc-X0.5", "eq20-sigma2-mc-X1",
            "eq20-sigma2-mc-X1.5", "eq20-sigma2-mc-X2", "eq20-sigma2-mc-X3", "sigma2-corrected-mc",
            "thm1-ks-mc-X0.1", "thm1-ks-mc-X0.5", "thm1-ks-mc-X1", "thm1-ks-mc-X1.5", "thm1-ks-mc-X2",
            "thm1-ks-mc-X3", "normal-shape-mc", "eq20-sigma2-field-X1", "field-mean-vs-eq11-X0.1",
            "field-var-vs-eq12-X0.1", "field-m20000-quality", "fig5-ks", "eq22-mgf-mc", "eq23-saddle-point",
            "eq23-dropped-term", "eq23-second-line");
}
