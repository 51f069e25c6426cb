package lib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a stage prints about its claims on the terminal: by default one summary line ("verdicts: 22 claims: 17
 * reproduced, 3 refuted (eq16-exact, …), 2 inconclusive; all agree", which workflow/run-stage puts on the stage's end
 * line) and a line for each claim whose verdict differs from the registry; with GRF_VERBOSE=1 (make V=1) a line for
 * every claim. A claim line says whether it agrees, the verdict, the value to the digits its standard error supports,
 * and what the value is. In an experiment (GRF_EXPERIMENT) a verdict that differs has moved: a finding, not a failure.
 */
public final class ClaimLines {
    private ClaimLines() {}

    static final int REFUTED_NAMED = 4;
    static final int STATEMENT_CHARS = 70;

    public static boolean verbose() { return "1".equals(System.getenv("GRF_VERBOSE")); }

    public static String experiment() {
        String e = System.getenv("GRF_EXPERIMENT");
        return e == null || e.isBlank() ? null : e;
    }

    /** One claim, indented by two spaces (workflow/quiet-filter passes such lines to the terminal). */
    static String line(Claims.Result r) {
        String mark = r.agrees() ? "agrees" : experiment() != null ? "moved" : "DIFFERS";
        String verdict = r.agrees() ? r.verdict() : r.registered() + " -> " + r.verdict();
        Claim c = r.claim();
        String statement = c.statement().length() > STATEMENT_CHARS ? c.statement().substring(0, STATEMENT_CHARS - 1) + "…" : c.statement();
        String value = r.over() != null ? r.over().range() : value(r.observation());
        return String.format(Locale.ROOT, "  %-7s %-34s %-26s %s (expected %s): %s", mark, c.id(), verdict, value,
                number(c.expected(), Double.NaN), statement);
    }

    /** The computed value: with its standard error, to the digits the error supports; else six significant digits. */
    static String value(Observation o) {
        if (o.undecidable()) return "not computable here";
        return o.statistical() ? number(o.value(), o.se()) + " ± " + number(o.se(), o.se()) : number(o.value(), Double.NaN);
    }

    /** v rounded to two significant digits of se when se is given, else to six significant digits. */
    static String number(double v, double se) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        BigDecimal b = new BigDecimal(v);
        if (Double.isFinite(se) && se > 0) {
            int scale = 1 - (int) Math.floor(Math.log10(se));   // the place of se's second significant digit
            b = b.setScale(scale, RoundingMode.HALF_EVEN);
        } else {
            b = b.round(new MathContext(6, RoundingMode.HALF_EVEN));
        }
        // with a standard error the digits it supports stay, trailing zeros too (1.050 ± 0.010); else drop them
        String s = (Double.isFinite(se) && se > 0 ? b : b.stripTrailingZeros()).toPlainString();
        return s.length() > 14 ? String.format(Locale.ROOT, "%.4g", v) : s;
    }

    /** The summary line: counts per verdict, the refuted claims by name, and agreement with the registry. */
    static String summary(List<Claims.Result> results) {
        int reproduced = 0, inconclusive = 0, underdetermined = 0, differ = 0;
        List<String> refuted = new ArrayList<>();
        for (Claims.Result r : results) {
            switch (r.verdict()) {
                case Verdict.REPRODUCED -> reproduced++;
                case Verdict.REFUTED -> refuted.add(r.claim().id());
                case Verdict.UNDERDETERMINED -> underdetermined++;
                default -> inconclusive++;
            }
            if (!r.agrees()) differ++;
        }
        String named = refuted.isEmpty() ? "" : " (" + String.join(", ", refuted.subList(0, Math.min(REFUTED_NAMED, refuted.size())))
                + (refuted.size() > REFUTED_NAMED ? ", " + (refuted.size() - REFUTED_NAMED) + " more" : "") + ")";
        String agreement = differ == 0 ? "all agree with the registry"
                : differ + (experiment() != null ? " moved (experiment " + experiment() + ")" : " DIFFER from the registry");
        return String.format(Locale.ROOT, "verdicts: %d claims: %d reproduced, %d refuted%s, %d inconclusive%s; %s", results.size(),
                reproduced, refuted.size(), named, inconclusive,
                underdetermined == 0 ? "" : ", " + underdetermined + " underdetermined by the document", agreement);
    }
}
