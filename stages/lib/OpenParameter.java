package lib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A claim whose truth depends on a parameter the document leaves open (the field size M of 000 §4.2, the window of
 * learning rates Figure 10 spans, the length of an annealing stage), registered with the registry's
 * {@code open_parameter} column. The stage decides the claim at several values of the parameter, each by
 * {@link Verdict#decide} as any claim, and this class turns those decisions into one verdict over the range:
 * <ul>
 * <li>{@code NAME} (the document states the value exists but not which): the statement <b>holds</b> if it holds at
 *     every value tried, <b>fails</b> if it fails at every one, and is {@link Verdict#UNDERDETERMINED underdetermined
 *     by the document} when it holds at some values and fails at others; values the computation cannot decide do not
 *     count for either side (holding at some and undecided at others is reproduced, failing at some and undecided at
 *     others is inconclusive);</li>
 * <li>{@code NAME->inf} (the statement is about the limit of large values, e.g. "if each stage equilibrates"): the
 *     largest value tried decides; if it fails but the distance to the document's value shrinks along the values
 *     tried (or only one value was tried), the limit is not reached: inconclusive, saying so.</li>
 * </ul>
 * The range text says where it holds and where it fails, with the computed values, e.g. "holds at M = 6000 (0.032 ±
 * 0.007); fails at M = 12000 (0.047 ± 0.004), 20000 (0.061 ± 0.004)".
 */
public final class OpenParameter {
    private OpenParameter() {}

    public static final String LIMIT = "->inf";

    /** The claim decided at one value of the open parameter. */
    public record At(double value, Observation observation) {}

    /** One value's decision. */
    public record Part(double value, Observation observation, Verdict.Decision decision) {}

    /** The verdict over the range, the range text and the parts it rests on. */
    public record Outcome(Verdict.Decision decision, String range, List<Part> parts) {}

    /** The parameter's name without the limit mark. */
    public static String name(String openParameter) {
        return openParameter.endsWith(LIMIT) ? openParameter.substring(0, openParameter.length() - LIMIT.length()) : openParameter;
    }

    public static boolean limit(String openParameter) { return openParameter.endsWith(LIMIT); }

    public static Outcome decide(Claim c, List<At> at) {
        if (at.isEmpty()) throw new IllegalStateException(c.id() + ": a claim over " + c.openParameter() + " needs at least one value");
        List<Part> parts = new ArrayList<>();
        for (At a : at.stream().sorted(Comparator.comparingDouble(At::value)).toList()) {
            parts.add(new Part(a.value(), a.observation(), Verdict.decide(c, a.observation())));
        }
        return aggregate(c, parts);
    }

    /** The verdict over the range from the parts' own decisions (also used by the report, which decides the parts again). */
    public static Outcome aggregate(Claim c, List<Part> parts) {
        String verdict = limit(c.openParameter()) ? overLimit(c, parts) : overRange(parts);
        double needed = limit(c.openParameter()) ? limitNeeded(c, parts)
                : parts.stream().mapToDouble(p -> p.decision().sizeNeeded()).filter(Double::isFinite).max().orElse(Double.NaN);
        return new Outcome(new Verdict.Decision(verdict, Double.NaN, verdict.equals(Verdict.INCONCLUSIVE) ? needed : Double.NaN),
                range(c, parts), parts);
    }

    static String overRange(List<Part> parts) {
        boolean holds = parts.stream().anyMatch(p -> p.decision().verdict().equals(Verdict.REPRODUCED));
        boolean fails = parts.stream().anyMatch(p -> p.decision().verdict().equals(Verdict.REFUTED));
        if (holds && fails) return Verdict.UNDERDETERMINED;
        if (holds) return Verdict.REPRODUCED;
        return fails && parts.stream().allMatch(p -> p.decision().verdict().equals(Verdict.REFUTED)) ? Verdict.REFUTED : Verdict.INCONCLUSIVE;
    }

    /** At the largest value; a failure there whose distance to the document's value shrank along the values is no verdict yet. */
    static String overLimit(Claim c, List<Part> parts) {
        Part last = parts.get(parts.size() - 1);
        String v = last.decision().verdict();
        if (!v.equals(Verdict.REFUTED)) return v;
        if (parts.size() < 2) return Verdict.INCONCLUSIVE;   // one value cannot show whether the distance still shrinks
        for (int i = 1; i < parts.size(); i++) {
            double before = Math.abs(parts.get(i - 1).observation().value() - c.expected());
            double now = Math.abs(parts.get(i).observation().value() - c.expected());
            if (!(now < before)) return Verdict.REFUTED;
        }
        return Verdict.INCONCLUSIVE;
    }

    /**
     * For a limit not reached: the value of the parameter at which the distance to the document's value would fall to the
     * claim's margin (its tolerance; in standard errors for sigma claims), extrapolated linearly in the logarithm of
     * the parameter through the last two values; NaN when it does not shrink.
     */
    static double limitNeeded(Claim c, List<Part> parts) {
        if (parts.size() < 2) return Double.NaN;
        Part a = parts.get(parts.size() - 2), b = parts.get(parts.size() - 1);
        double da = Math.abs(a.observation().value() - c.expected()), db = Math.abs(b.observation().value() - c.expected());
        double margin = c.kind().equals("sigma") ? c.tolerance() * b.observation().se() : c.tolerance();
        if (!(db < da) || !(b.value() > a.value()) || a.value() <= 0) return Double.NaN;
        double slope = (db - da) / Math.log10(b.value() / a.value());
        return b.value() * Math.pow(10, (margin - db) / slope);
    }

    /** Where the statement holds, fails and is undecided, each value with what was computed there. */
    static String range(Claim c, List<Part> parts) {
        String name = name(c.openParameter());
        List<String> out = new ArrayList<>();
        for (String verdict : List.of(Verdict.REPRODUCED, Verdict.REFUTED, Verdict.INCONCLUSIVE)) {
            List<String> at = new ArrayList<>();
            for (Part p : parts) {
                if (!p.decision().verdict().equals(verdict)) continue;
                Observation o = p.observation();
                at.add(ClaimLines.number(p.value(), Double.NaN) + " (" + (o.undecidable() ? "not computable" : ClaimLines.value(o)) + ")");
            }
            if (at.isEmpty()) continue;
            String word = verdict.equals(Verdict.REPRODUCED) ? "holds" : verdict.equals(Verdict.REFUTED) ? "fails" : "undecided";
            out.add(word + " at " + name + " = " + String.join(", ", at));
        }
        String text = String.join("; ", out);
        if (limit(c.openParameter()) && overLimit(c, parts).equals(Verdict.INCONCLUSIVE)
                && parts.get(parts.size() - 1).decision().verdict().equals(Verdict.REFUTED)) {
            text += parts.size() < 2
                    ? "; one value cannot show whether the distance to " + ClaimLines.number(c.expected(), Double.NaN) + " still shrinks as "
                            + name + " grows: more values would decide"
                    : String.format(Locale.ROOT, "; the distance to %s shrinks as %s grows: the limit the document states is not reached at %s%s",
                            ClaimLines.number(c.expected(), Double.NaN), name, ClaimLines.number(parts.get(parts.size() - 1).value(), Double.NaN),
                            Double.isFinite(limitNeeded(c, parts)) ? "; extrapolated from the last two values, " + name + " ≈ "
                                    + String.format(Locale.ROOT, "%.2g", limitNeeded(c, parts)) + " would decide" : "");
        }
        return text;
    }
}
