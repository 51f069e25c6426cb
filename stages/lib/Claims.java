package lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A stage's claims: loaded from its registry in paper-checks/, observed by the stage, decided by {@link Verdict}, and
 * written to data/&lt;stage&gt;/checks.csv before any figure is drawn. checks.csv keeps every number the decision used,
 * so the report can decide again from the registry instead of trusting the file. {@link #finish} returns how many
 * verdicts differ from the verdict registered for the profile (a claim the stage did not observe differs); stages
 * exit 1 then.
 */
public final class Claims {
    public static final List<String> REGISTRY_COLUMNS = List.of("claim", "paper", "location", "statement", "group", "class",
            "expected", "kind", "tolerance", "tolerance_reason", "expected_verdict", "quick_verdict", "note");
    public static final Schema CHECKS = Schema.of("checks", 3,
            Schema.text("claim"), Schema.text("source"), Schema.text("group"), Schema.text("class"), Schema.text("statement"),
            Schema.num("expected"), Schema.text("kind"), Schema.num("tolerance"), Schema.text("observed"),
            Schema.text("standard_error"), Schema.text("alternative"), Schema.text("alternative_label"), Schema.text("power"),
            Schema.text("size"), Schema.text("size_unit"), Schema.text("size_needed"), Schema.text("undecidable"),
            Schema.text("verdict"), Schema.text("registered_verdict"), Schema.text("agrees"), Schema.text("refuted_if"),
            Schema.text("evidence"), Schema.text("range"), Schema.text("part_of")).key("claim");
    public static final String MISSING = "missing";

    private final Path registry;
    private final String profile;
    private final Map<String, Claim> claims;
    private final Map<String, Result> results = new LinkedHashMap<>();

    /**
     * What the stage found for one claim and the decision on it; for a claim over an open parameter also the decision at
     * each value and the range text (otherwise null).
     */
    public record Result(Claim claim, Observation observation, Verdict.Decision decision, String registered, OpenParameter.Outcome over) {
        Result(Claim claim, Observation observation, Verdict.Decision decision, String registered) {
            this(claim, observation, decision, registered, null);
        }

        public String verdict() { return decision == null ? MISSING : decision.verdict(); }

        public boolean agrees() { return verdict().equals(registered); }
    }

    private Claims(Path registry, String profile, Map<String, Claim> claims) {
        this.registry = registry;
        this.profile = profile;
        this.claims = claims;
    }

    /** The registry for the paper profile. */
    public static Claims load(Path registry) {
        return load(registry, "paper");
    }

    public static Claims load(Path registry, String profile) {
        return new Claims(registry, profile, readRegistry(registry, new LinkedHashMap<>()));
    }

    /**
     * The registry of a stage that decides exactly the claims {@code decides}, checked before the stage computes
     * anything: the registry is user-edited input, so a row missing, renamed or added is bad input naming the file and
     * line, never an internal failure after the work is done.
     */
    public static Claims load(Path registry, String profile, List<String> decides) {
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, Claim> read = readRegistry(registry, lines);
        java.util.Set<String> known = new java.util.LinkedHashSet<>(decides);
        for (Claim c : read.values()) {
            if (!known.contains(c.id())) {
                throw new BadInput(registry, lines.get(c.id()), "claim", "'" + c.id() + "' is not a claim this stage decides; it decides "
                        + String.join(", ", decides));
            }
        }
        for (String id : decides) {
            if (!read.containsKey(id)) {
                throw new BadInput(registry, lastLine(registry), "claim", "no row for claim '" + id + "', which this stage decides"
                        + " (restore the row, e.g. git checkout " + registry + ")");
            }
        }
        return new Claims(registry, profile, read);
    }

    private static long lastLine(Path registry) {
        try (java.util.stream.Stream<String> lines = Files.lines(registry, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    public Claim claim(String id) {
        Claim c = claims.get(id);
        if (c == null) throw new IllegalStateException(registry + ": the stage observed '" + id + "', which it does not declare it decides");
        return c;
    }

    public Map<String, Claim> all() { return claims; }

    public String profile() { return profile; }

    /** Records and decides one claim. */
    public Result observe(String id, Observation o) {
        Claim c = claim(id);
        if (!o.undecidable() && !Double.isFinite(o.value())) {
            throw new IllegalStateException(id + ": non-finite observation " + o.value());
        }
        Result r = new Result(c, o, Verdict.decide(c, o), c.registered(profile));
        results.put(id, r);
        return r;
    }

    /**
     * Records and decides a claim over the parameter the document leaves open (the registry's open_parameter): the
     * observation at each value tried; the verdict over them is lib/OpenParameter's.
     */
    public Result observeOver(String id, List<OpenParameter.At> at) {
        Claim c = claim(id);
        if (!c.conditional()) throw new IllegalStateException(id + ": observed over a parameter but registered without open_parameter");
        for (OpenParameter.At a : at) {
            if (!a.observation().undecidable() && !Double.isFinite(a.observation().value())) {
                throw new IllegalStateException(id + ": non-finite observation at " + a.value());
            }
        }
        OpenParameter.Outcome o = OpenParameter.decide(c, at);
        Result r = new Result(c, Observation.undecidable(o.range()), o.decision(), c.registered(profile), o);
        results.put(id, r);
        return r;
    }

    /** An exact value. */
    public Result observe(String id, double observed, String evidence) {
        return observe(id, Observation.exact(observed).evidence(evidence));
    }

    /** An estimate with its standard error. */
    public Result observe(String id, double observed, double se, String evidence) {
        return observe(id, Observation.estimate(observed, se).evidence(evidence));
    }

    /** These parameters cannot compute the claim at all: inconclusive here, with the reason. */
    public Result undecidable(String id, String reason) {
        return observe(id, Observation.undecidable(reason));
    }

    /**
     * Judges every claim, writes checks.csv, prints the claims that differ and a summary on stderr (lib/ClaimLines);
     * returns the number of disagreements, or 0 in an experiment, where a verdict that moved is a finding.
     */
    public int finish(Path checksCsv, Provenance provenance) {
        List<List<?>> rows = new ArrayList<>();
        List<Result> all = new ArrayList<>();
        int disagreements = 0;
        for (Claim c : claims.values()) {
            Result r = results.getOrDefault(c.id(), new Result(c,
                    Observation.undecidable("the stage did not evaluate this claim"), null, c.registered(profile)));
            if (!r.agrees()) disagreements++;
            rows.add(row(r));
            if (r.over() != null) for (OpenParameter.Part p : r.over().parts()) rows.add(partRow(c, p));
            all.add(r);
            if (ClaimLines.verbose() || !r.agrees()) System.err.println(ClaimLines.line(r) + (r.agrees() ? "" : detail(r)));
        }
        Artifact.write(checksCsv, CHECKS, provenance, rows);
        System.err.println(ClaimLines.summary(all));
        if (disagreements > 0 && ClaimLines.experiment() == null) {
            System.err.printf(Locale.ROOT, "  %d of %d verdicts differ from the registry %s (profile %s): see %s%n",
                    disagreements, claims.size(), registry, profile, checksCsv);
        }
        return ClaimLines.experiment() == null ? disagreements : 0;
    }

    /** For a claim that differs, everything needed to judge it. */
    private static String detail(Result r) {
        Observation o = r.observation();
        StringBuilder b = new StringBuilder("\n      ");
        if (r.decision() != null && !Double.isNaN(r.decision().power())) b.append(String.format(Locale.ROOT, "power %.3f; ", r.decision().power()));
        if (r.decision() != null && !Double.isNaN(r.decision().sizeNeeded())) {
            b.append(String.format(Locale.ROOT, "needs %.3g %s; ", r.decision().sizeNeeded(), o.sizeUnit()));
        }
        b.append("refuted if ").append(Verdict.refutedIf(r.claim())).append("; ").append(o.evidence());
        return b.toString();
    }

    private static List<?> row(Result r) {
        Claim c = r.claim();
        Observation o = r.observation();
        Verdict.Decision d = r.decision();
        return List.of(c.id(), c.source(), c.group(), c.cls(), c.statement(), c.expected(), c.kind(), c.tolerance(),
                fmt(o.value()), fmt(o.se()), fmt(o.alternative()), o.alternativeLabel(), fmt(d == null ? Double.NaN : d.power()),
                fmt(o.size()), o.sizeUnit(), fmt(d == null ? Double.NaN : d.sizeNeeded()), Boolean.toString(o.undecidable()), r.verdict(),
                r.registered(), Boolean.toString(r.agrees()), Verdict.refutedIf(c), o.evidence(), r.over() == null ? "" : r.over().range(), "");
    }

    /** The row of one value of a claim's open parameter: "claim@M=6000", its own numbers and decision, part_of the claim. */
    private static List<?> partRow(Claim c, OpenParameter.Part p) {
        Observation o = p.observation();
        Verdict.Decision d = p.decision();
        String at = OpenParameter.name(c.openParameter()) + "=" + ClaimLines.number(p.value(), Double.NaN);
        return List.of(c.id() + "@" + at, c.source(), c.group(), c.cls(), c.statement() + " (at " + at + ")", c.expected(), c.kind(),
                c.tolerance(), fmt(o.value()), fmt(o.se()), fmt(o.alternative()), o.alternativeLabel(), fmt(d.power()), fmt(o.size()),
                o.sizeUnit(), fmt(d.sizeNeeded()), Boolean.toString(o.undecidable()), d.verdict(), "", "true", Verdict.refutedIf(c),
                o.evidence(), at, c.id());
    }

    static String fmt(double v) { return Double.isNaN(v) ? "" : Double.toString(v); }

    /** A row of checks.csv that is one value of a claim's open parameter (lib/OpenParameter), not a claim of the registry. */
    public static boolean isPart(Table checks, int row) {
        return checks.header().contains("part_of") && !checks.text(row, "part_of").isEmpty();
    }

    /** The registry's claims by id; {@code lines} receives each claim's line in the file. */
    private static Map<String, Claim> readRegistry(Path registry, Map<String, Long> lines) {
        String text;
        try {
            text = Table.withoutBom(Files.readString(registry, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new BadInput(registry, "no such claims registry");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInput(registry, "not UTF-8 text");
        } catch (IOException e) {
            throw new BadInput(registry, "cannot read: " + e);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, Claim> out = new LinkedHashMap<>();
        try (CSVParser p = CSVParser.parse(text, format)) {
            for (String col : REGISTRY_COLUMNS) {
                if (!p.getHeaderNames().contains(col)) throw new BadInput(registry, 1, col, "missing column");
            }
            for (CSVRecord r : p) {
                Claim c = claim(registry, r, (int) p.getCurrentLineNumber());
                if (out.put(c.id(), c) != null) throw new BadInput(registry, p.getCurrentLineNumber(), "claim", "duplicate id " + c.id());
                lines.put(c.id(), p.getCurrentLineNumber());
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new BadInput(registry, "malformed CSV: " + e.getMessage());
        }
        return out;
    }

    private static Claim claim(Path file, CSVRecord r, int line) {
        if (!r.isConsistent()) throw new BadInput(file, line, null, "wrong number of fields");
        if (r.get("claim").isBlank()) throw new BadInput(file, line, "claim", "empty claim id");
        String kind = r.get("kind");
        if (!Claim.KINDS.contains(kind)) throw new BadInput(file, line, "kind", "unknown kind '" + kind + "', one of " + Claim.KINDS);
        String cls = r.get("class");
        if (!Claim.CLASSES.contains(cls)) throw new BadInput(file, line, "class", "unknown class '" + cls + "', one of " + Claim.CLASSES);
        String verdict = r.get("expected_verdict");
        if (!Verdict.isVerdict(verdict)) {
            throw new BadInput(file, line, "expected_verdict", "must be reproduced, refuted or inconclusive, is '" + verdict + "'");
        }
        String quick = r.get("quick_verdict");
        if (!quick.isEmpty() && !quick.equals(verdict) && !quick.equals(Verdict.INCONCLUSIVE)) {
            throw new BadInput(file, line, "quick_verdict", "must be empty, '" + verdict + "' (as at paper scale) or inconclusive, is '"
                    + quick + "': a reproduced/refuted flip between profiles is a contradiction");
        }
        if (r.get("group").isBlank()) throw new BadInput(file, line, "group", "name the statement this claim tests");
        if (r.get("tolerance_reason").isBlank()) throw new BadInput(file, line, "tolerance_reason", "a tolerance needs its reason");
        double tol = Table.finite(file, line, "tolerance", r.get("tolerance"));
        if (tol < 0) throw new BadInput(file, line, "tolerance", "must be >= 0, is " + tol);
        String open = r.isMapped("open_parameter") ? r.get("open_parameter").strip() : "";
        if (verdict.equals(Verdict.UNDERDETERMINED) && open.isEmpty()) {
            throw new BadInput(file, line, "expected_verdict", "underdetermined needs the parameter the document leaves open (column open_parameter)");
        }
        return new Claim(r.get("claim"), r.get("paper"), r.get("location"), r.get("statement"), r.get("group"), cls,
                Table.finite(file, line, "expected", r.get("expected")), kind, tol, r.get("tolerance_reason"), verdict, quick,
                r.get("note"), open);
    }
}
