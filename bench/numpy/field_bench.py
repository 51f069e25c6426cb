#!/usr/bin/env python3
"""NumPy baseline of the field kernel and of the one-step experiment of Figure 8 (see bench/README.md).

The same computation as lib/GaussianField and gdmoments/FieldStep, written as a competent NumPy user would:
chunks of points, matrix products through NumPy's BLAS (``@``), np.sin/np.cos, in-place arithmetic.

    phi(x)      = sum_m a_m cos(theta_m) - b_m sin(theta_m),  theta = Z x          (000 eqs 29-31)
    grad phi(x) = -Z^T (a * sin(theta) + b * cos(theta))
    phi(x0 - eta g) = sum_m A_m cos(eta d_m) + B_m sin(eta d_m),  d = Z g,
                      A = a cos(theta) - b sin(theta),  B = a sin(theta) + b cos(theta)

Two ways to use both cores (--mode): ``blas`` runs chunks one after the other and lets NumPy's OpenBLAS use its
threads (set OPENBLAS_NUM_THREADS=2 before Python starts); ``pool`` runs chunks on a 2-thread pool (NumPy releases
the GIL in ufuncs and matmul), with OPENBLAS_NUM_THREADS=1 so the two levels do not oversubscribe the cores.

Subcommands: kernel, one-step (timed; one CSV line per timed run on stdout, same columns as bench/java/FieldBench),
check DIR (compares with the small case that `FieldBench dump --dir DIR` wrote), config (np.show_config()).
"""
import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np


def values_and_gradients(X, Z, a, b, chunk, pool=None):
    """Values (P,) and gradients (P, N) of the field at the rows of X, chunk points at a time."""
    P = X.shape[0]
    values = np.empty(P)
    grads = np.empty_like(X)

    def work(lo):
        hi = min(P, lo + chunk)
        theta = X[lo:hi] @ Z.T                   # (p, M) through BLAS
        s = np.sin(theta)
        c = np.cos(theta, out=theta)
        values[lo:hi] = c @ a - s @ b
        s *= a                                    # coef = -(a sin + b cos), in place
        c *= b
        s += c
        np.negative(s, out=s)
        np.matmul(s, Z, out=grads[lo:hi])         # (p, N) through BLAS

    run(work, range(0, P, chunk), pool)
    return values, grads


def one_step(Z, a, b, etas, points, box, chunk, seed, pool=None, X0=None):
    """phi(x0 - eta grad phi(x0)) for every eta (rows) and point (columns); x0 drawn per chunk unless X0 is given."""
    N = Z.shape[1]
    out = np.empty((len(etas), points))

    def work(lo):
        hi = min(points, lo + chunk)
        if X0 is None:
            rng = np.random.default_rng([seed, lo])
            x = rng.uniform(-box, box, size=(hi - lo, N))
        else:
            x = X0[lo:hi]
        theta = x @ Z.T
        s = np.sin(theta)
        c = np.cos(theta, out=theta)
        A = a * c - b * s
        B = np.multiply(a, s, out=s)
        B += b * c
        g = -(B @ Z)                              # gradient at x0
        d = g @ Z.T                               # Z x1 = theta - eta d
        for e, eta in enumerate(etas):
            u = eta * d
            cu = np.cos(u)
            su = np.sin(u, out=u)
            cu *= A
            su *= B
            cu += su
            out[e, lo:hi] = cu.sum(axis=1)

    run(work, range(0, points, chunk), pool)
    return out


def breakdown(X, Z, a, b, chunk):
    """Seconds spent in each step of values_and_gradients (one thread: run with OPENBLAS_NUM_THREADS=1)."""
    t = dict(gemm_xzt=0.0, sin=0.0, cos=0.0, values_and_coef=0.0, gemm_cz=0.0)
    grads = np.empty_like(X)
    for lo in range(0, X.shape[0], chunk):
        hi = min(X.shape[0], lo + chunk)
        t0 = time.perf_counter()
        theta = X[lo:hi] @ Z.T
        t1 = time.perf_counter()
        s = np.sin(theta)
        t2 = time.perf_counter()
        c = np.cos(theta, out=theta)
        t3 = time.perf_counter()
        _ = c @ a - s @ b
        s *= a
        c *= b
        s += c
        np.negative(s, out=s)
        t4 = time.perf_counter()
        np.matmul(s, Z, out=grads[lo:hi])
        t5 = time.perf_counter()
        for k, dt in zip(t, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            t[k] += dt
    return t


def run(work, starts, pool):
    if pool is None:
        for lo in starts:
            work(lo)
    else:
        list(pool.map(work, starts))


def field(n, m, seed):
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((m, n))
    a = rng.standard_normal(m) / np.sqrt(m)
    b = rng.standard_normal(m) / np.sqrt(m)
    return Z, a, b


def fig8_etas(n, count):
    """The Figure 8 grid: log-spaced over [0.02, 20] eta_opt, eta_opt = (N+1)^(-1/2) (as FieldBench)."""
    opt = 1 / np.sqrt(n + 1.0)
    return np.array([opt * 0.02 * 1000 ** (0.5 if count == 1 else i / (count - 1.0)) for i in range(count)])


def timed(args, bench, fn, warm):
    impl = "numpy-" + args.mode
    threads = args.threads
    for _ in range(args.warmup):
        warm()
    for rep in range(args.repeats):
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        print(f"{bench},{impl},{args.round},{rep},{threads},{args.n},{args.m},{args.points},{dt:.6f}", flush=True)


def load(dirname):
    meta = dict(line.split("=") for line in open(os.path.join(dirname, "meta.txt")).read().split())
    n, m, p, ne = (int(meta[k]) for k in ("n", "m", "points", "etas"))
    r = lambda name, *shape: np.fromfile(os.path.join(dirname, name + ".bin"), dtype="<f8").reshape(shape)
    return dict(n=n, m=m, p=p, box=float(meta["box"]), Z=r("z", m, n), a=r("a", m), b=r("b", m), X=r("x", p, n),
                theta=r("theta", p, m), values=r("values", p), grads=r("grads", p, n), X0=r("x0", p, n),
                etas=r("etas", ne), step=r("one-step", ne, p))


def check(dirname, chunk):
    """Java vs NumPy on the same inputs. Prints max absolute differences; exit 1 if a 1e-12 check fails."""
    d = load(dirname)
    Z, a, b, X = d["Z"], d["a"], d["b"], d["X"]
    theta = X @ Z.T
    scale = np.abs(X) @ np.abs(Z).T              # |theta| error bound scale: sum |x_j z_j|
    rows = []
    rows.append(("theta (X Z^T), relative to sum|x z|", np.max(np.abs(theta - d["theta"]) / scale), 1e-14))
    # same theta (Java's) -> values and gradients: tests sin/cos, reductions and the gradient GEMM alone
    th = d["theta"]
    s, c = np.sin(th), np.cos(th)
    v_same = c @ a - s @ b
    g_same = -(s * a + c * b) @ Z
    rows.append(("values from Java's theta", np.max(np.abs(v_same - d["values"])), 1e-12))
    rows.append(("gradients from Java's theta", np.max(np.abs(g_same - d["grads"])), 1e-12))
    # end to end: NumPy's own theta; the difference is the conditioning |d phi| <= sum |w_m| |d theta_m|
    v, g = values_and_gradients(X, Z, a, b, chunk)
    bound = np.max(np.abs(theta - d["theta"]) @ (np.abs(a) + np.abs(b))) + 1e-12
    rows.append(("values end to end", np.max(np.abs(v - d["values"])), bound))
    rows.append(("gradients end to end", np.max(np.abs(g - d["grads"])), None))
    step = one_step(Z, a, b, d["etas"], d["p"], d["box"], chunk, 0, X0=d["X0"])
    rows.append(("one-step phi(x1), all etas", np.max(np.abs(step - d["step"])), None))
    ok = True
    print(f"check {dirname}: N={d['n']} M={d['m']} points={d['p']} box={d['box']}")
    for name, diff, tol in rows:
        verdict = "" if tol is None else ("ok" if diff <= tol else "FAIL")
        ok &= verdict != "FAIL"
        print(f"  {name:45s} max diff {diff:.3e}" + ("" if tol is None else f"  (limit {tol:.1e}) {verdict}"))
    return 0 if ok else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=["kernel", "one-step", "breakdown", "check", "config"])
    p.add_argument("dir", nargs="?", help="for check: the directory FieldBench dump wrote")
    p.add_argument("--n", type=int, default=500)
    p.add_argument("--m", type=int, default=20000)
    p.add_argument("--points", type=int, default=10000)
    p.add_argument("--box", type=float, default=1e6)
    p.add_argument("--etas", type=int, default=20)
    p.add_argument("--chunk", type=int, default=250, help="points per chunk")
    p.add_argument("--mode", choices=["blas", "pool"], default="blas")
    p.add_argument("--threads", type=int, default=2, help="pool threads (mode pool); recorded only (mode blas)")
    p.add_argument("--seed", type=int, default=20190613)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--warmup-points", type=int, default=1024, help="points of each warm-up run")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--round", type=int, default=0)
    args = p.parse_args()
    if args.what == "config":
        print("numpy", np.__version__, "OPENBLAS_NUM_THREADS =", os.environ.get("OPENBLAS_NUM_THREADS"))
        np.show_config()
        return 0
    if args.what == "check":
        return check(args.dir, args.chunk)
    pool = ThreadPoolExecutor(args.threads) if args.mode == "pool" else None
    Z, a, b = field(args.n, args.m, args.seed)
    if args.what == "breakdown":
        X = np.random.default_rng(args.seed + 1).uniform(-args.box, args.box, size=(args.points, args.n))
        breakdown(X[:min(args.points, args.warmup_points)], Z, a, b, args.chunk)
        for rep in range(args.repeats):
            for k, dt in breakdown(X, Z, a, b, args.chunk).items():
                print(f"breakdown-numpy,{k},{args.round},{rep},1,{args.n},{args.m},{args.points},{dt:.6f}", flush=True)
        return 0
    if args.what == "kernel":
        X = np.random.default_rng(args.seed + 1).uniform(-args.box, args.box, size=(args.points, args.n))
        wp = min(args.points, args.warmup_points)
        timed(args, "kernel", lambda: values_and_gradients(X, Z, a, b, args.chunk, pool),
              lambda: values_and_gradients(X[:wp], Z, a, b, args.chunk, pool))
    else:
        etas = fig8_etas(args.n, args.etas)
        wp = min(args.points, args.warmup_points)
        timed(args, "one-step", lambda: one_step(Z, a, b, etas, args.points, args.box, args.chunk, args.seed, pool),
              lambda: one_step(Z, a, b, etas, wp, args.box, args.chunk, args.seed, pool))
    return 0


if __name__ == "__main__":
    sys.exit(main())
