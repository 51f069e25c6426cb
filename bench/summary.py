#!/usr/bin/env python3
"""Summarise bench/results/*.csv (written by workflow/bench.mk) as Markdown tables on stdout.

Columns of every CSV line: bench,impl,round,rep,threads,n,m,points,seconds.
"""
import csv
import os
import statistics as st
import sys
from collections import defaultdict


def rows(path):
    if not os.path.exists(path):
        return []
    out = []
    for r in csv.reader(open(path)):
        if len(r) != 9 or r[0] == "bench":
            continue
        b, impl, rnd, rep, thr, n, m, p, sec = r
        out.append(dict(bench=b, impl=impl, round=int(rnd), rep=int(rep), threads=int(thr), n=int(n), m=int(m),
                        points=int(p), s=float(sec)))
    return out


def table(header, lines):
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for line in lines:
        print("| " + " | ".join(line) + " |")
    print()


def timings(rs, title):
    groups = defaultdict(list)
    for r in rs:
        groups[(r["bench"], r["impl"], r["threads"], r["points"])].append(r["s"])
    print(f"### {title}\n")
    table(["bench", "impl", "threads", "points", "runs", "median s", "min s", "max s", "spread (max-min)/median"],
          [[b, i, str(t), str(p), str(len(v)), f"{st.median(v):.3f}", f"{min(v):.3f}", f"{max(v):.3f}",
            f"{(max(v) - min(v)) / st.median(v):.1%}"] for (b, i, t, p), v in sorted(groups.items())])


def ratios(rs):
    """Per round: median time of each impl; ratio other / java-like impl in the same round; median over rounds."""
    per = defaultdict(lambda: defaultdict(list))
    for r in rs:
        per[(r["bench"], r["impl"])][r["round"]].append(r["s"])
    print("### Ratios per round (time of the row's implementation / time of the Java kernel, same round)\n")
    lines = []
    for bench in sorted({b for b, _ in per}):
        javas = sorted(i for b, i in per if b == bench and i.startswith("java"))
        others = sorted(i for b, i in per if b == bench and not i.startswith("java"))
        for j in javas:
            for o in others + [x for x in javas if x != j]:
                common = sorted(set(per[(bench, j)]) & set(per[(bench, o)]))
                if not common:
                    continue
                q = [st.median(per[(bench, o)][k]) / st.median(per[(bench, j)][k]) for k in common]
                lines.append([bench, o, j, str(len(common)), f"{st.median(q):.2f}", f"{min(q):.2f}", f"{max(q):.2f}"])
    table(["bench", "numerator", "denominator", "rounds", "median ratio", "min", "max"], lines)


def gemm_and_breakdown(gemm, bd):
    med = defaultdict(list)
    for r in gemm + bd:
        med[(r["bench"], r["impl"], r["threads"])].append(r)
    rate = {}
    if gemm:
        print("### Bare GEMM rates (same OpenBLAS as the kernel, org.bytedeco 0.3.28)\n")
        lines = []
        for (b, i, t), v in sorted(med.items()):
            if not b.startswith("gemm"):
                continue
            r0 = v[0]
            s = st.median(x["s"] for x in v)
            g = 2.0 * r0["points"] * r0["m"] * r0["n"] / s / 1e9
            rate[(b, i, t)] = g
            lines.append([b, i, str(t), f"{s:.3f}", f"{g:.1f}", f"{g / t:.1f}"])
        table(["product", "operands", "threads", "median s", "GFLOP/s", "GFLOP/s per thread"], lines)
    for label in sorted({r["bench"] for r in bd}):
        if label == "breakdown-numpy":
            numpy_breakdown([r for r in bd if r["bench"] == label], rate.get(("gemm-whole-xzt", "direct", 1)))
            continue
        v = defaultdict(list)
        for r in bd:
            if r["bench"] == label:
                v[r["impl"]].append(r["s"])
                pts, m, n = r["points"], r["m"], r["n"]
        t = {k: st.median(x) for k, x in v.items()}
        whole = t["whole-kernel-1-thread"]
        gemm_direct = t["gemm-xzt-direct"] + t["gemm-cz-direct"]
        copies = (t["project-as-called"] - t["gemm-xzt-direct"]) + (t["gemm-cz-as-called"] - t["gemm-cz-direct"])
        coef = t["gradients-from-projections-as-called"] - t["sincos"] - t["gemm-cz-as-called"]
        rest = whole - t["project-as-called"] - t["gradients-from-projections-as-called"]
        print(f"### Where the time goes: {label} (valuesAndGradients, 1 thread, {pts} points, medians)\n")
        parts = [("GEMMs on direct buffers (bare BLAS work)", gemm_direct), ("JNI copies around the GEMMs", copies),
                 ("sin/cos (FastTrig.sinCos)", t["sincos"]), ("coefficient and value loop", coef),
                 ("rest (tiling, outputs)", rest)]
        table(["part", "seconds", "share of the kernel"],
              [[p, f"{s:.3f}", f"{s / whole:.1%}"] for p, s in parts] + [["whole kernel, 1 thread", f"{whole:.3f}", "100%"]])
        flop = 4.0 * pts * m * n
        as_called = t["project-as-called"] + t["gemm-cz-as-called"]
        print(f"- GEMM rate inside the kernel as called (copies included): {flop / as_called / 1e9:.1f} GFLOP/s; "
              f"on direct buffers: {flop / gemm_direct / 1e9:.1f} GFLOP/s; whole kernel: {flop / whole / 1e9:.1f} GFLOP/s of GEMM work")
        bare = rate.get(("gemm-whole-xzt", "direct", 1))
        if bare:
            print(f"- GEMM efficiency vs the bare 1-thread GEMM of the same shape ({bare:.1f} GFLOP/s): "
                  f"as called {flop / as_called / 1e9 / bare:.0%}, direct {flop / gemm_direct / 1e9 / bare:.0%}, "
                  f"whole kernel {flop / whole / 1e9 / bare:.0%}")
        print()


def numpy_breakdown(rs, bare):
    v = defaultdict(list)
    for r in rs:
        v[r["impl"]].append(r["s"])
        pts, m, n = r["points"], r["m"], r["n"]
    t = {k: st.median(x) for k, x in v.items()}
    whole = sum(t.values())
    print(f"### Where the time goes: NumPy (values_and_gradients, OPENBLAS_NUM_THREADS=1, {pts} points, medians)\n")
    table(["part", "seconds", "share"], [[k, f"{x:.3f}", f"{x / whole:.1%}"] for k, x in t.items()]
          + [["sum", f"{whole:.3f}", "100%"]])
    g = 4.0 * pts * m * n / (t["gemm_xzt"] + t["gemm_cz"]) / 1e9
    print(f"- NumPy's GEMM rate (OpenBLAS 0.3.31, 1 thread): {g:.1f} GFLOP/s"
          + (f"; {g / bare:.0%} of the Java side's bare 1-thread GEMM" if bare else "")
          + f"; sin + cos: {(t['sin'] + t['cos']) / (pts * m) * 1e9:.1f} ns per pair\n")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "bench/results"
    env = os.path.join(d, "env.txt")
    if os.path.exists(env):
        print("### Machine and load\n\n```\n" + open(env).read().strip() + "\n```\n")
    rounds = rows(os.path.join(d, "rounds.csv"))
    if rounds:
        timings(rounds, "Interleaved rounds (each run after a warm-up in the same process)")
        ratios(rounds)
    full = rows(os.path.join(d, "java-full.csv"))
    if full:
        timings(full, "One-step experiment at full size, Java only (one run after a warm-up)")
    gemm_and_breakdown(rows(os.path.join(d, "gemm.csv")), rows(os.path.join(d, "breakdown.csv")))
    chk = os.path.join(d, "check.txt")
    if os.path.exists(chk):
        print("### Java vs NumPy on the same inputs\n\n```\n" + open(chk).read().strip() + "\n```")


if __name__ == "__main__":
    main()
