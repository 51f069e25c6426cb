#!/usr/bin/env python3
"""PyTorch baselines of the black-box training (000 §4.2) against the Java kernel (bench/java/BlackboxBench.java).

Reads what `BlackboxBench.java export --dir DIR` wrote (the same field Z, a, b; normalised inputs; initial beta of
every run; the batch order of every epoch; the eta grid), trains the same R runs on the same batches, and prints
one CSV line `train,impl,round,threads,dataset,np,m,runs,batches,seconds,mean_accuracy` (the Java harness's
format). float32 on the CPU, `--threads` intra-op threads (torch.set_num_threads; OpenBLAS threads from
OPENBLAS_NUM_THREADS, set by workflow/bench.mk to the same number).

Two versions:
  a  as a PyTorch user writes it: the phase tensor theta (R x B x M) of every run, phi by cos/sin of it, loss by
     binary_cross_entropy_with_logits (mean over the batch, summed over runs: each run gets the gradient of its own
     mean loss), gradients by autograd. The shared part z_in.x is computed once per batch (a user who wrote
     [beta; x] @ Z.T per run would do 21 times the work).
  b  the algebra of the Java kernel: v = Z_in x stored once for the training inputs, angle addition
     (phi = cos(v) p - sin(v) q with p, q from u = Z_beta beta), the gradient written out, no autograd.
The timed part is the training (for b including the stored v), not the loading and not the test accuracy.
"""
import argparse
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F


def load(d):
    meta = {}
    for line in open(os.path.join(d, "meta.txt")):
        k, v = line.split()
        meta[k] = v if k == "dataset" else int(v)
    f32 = lambda name: np.fromfile(os.path.join(d, name), dtype="<f4")
    i32 = lambda name: np.fromfile(os.path.join(d, name), dtype="<i4")
    m, n, np_, ni, r = meta["m"], meta["n"], meta["np"], meta["ni"], meta["runs"]
    data = {
        "z": torch.from_numpy(f32("z.f32").reshape(m, n)),
        "a": torch.from_numpy(f32("a.f32")),
        "b": torch.from_numpy(f32("b.f32")),
        "beta0": torch.from_numpy(f32("beta0.f32").reshape(np_, r)),
        "order": torch.from_numpy(i32("order.i32").astype(np.int64).reshape(meta["epochs"], meta["train"])),
        "xtrain": torch.from_numpy(f32("xtrain.f32").reshape(meta["train"], ni)),
        "ytrain": torch.from_numpy(i32("ytrain.i32").astype(np.float32)),
        "xtest": torch.from_numpy(f32("xtest.f32").reshape(meta["test"], ni)),
        "ytest": torch.from_numpy(i32("ytest.i32").astype(np.float32)),
        "etas": torch.tensor([float(x) for x in open(os.path.join(d, "etas.txt")).read().split()], dtype=torch.float32),
    }
    return meta, data


def batches(meta, data):
    n, bsz = meta["train"], meta["batch"]
    for e in range(meta["epochs"]):
        for s in range(0, n, bsz):
            yield data["order"][e, s:min(n, s + bsz)]


def train_b(meta, data):
    """The Java kernel's algebra, no autograd. beta: N_P x R."""
    np_ = meta["np"]
    z, a, b, etas = data["z"], data["a"][:, None], data["b"][:, None], data["etas"][None, :]
    zb, zin = z[:, :np_].contiguous(), z[:, np_:].contiguous()
    beta = data["beta0"].clone()
    with torch.no_grad():
        v = data["xtrain"] @ zin.T                       # n x M, once
        y = data["ytrain"]
        for idx in batches(meta, data):
            rows = idx.numel()
            u = zb @ beta                                # M x R
            cu, su = torch.cos(u), torch.sin(u)
            p = a * cu - b * su
            q = a * su + b * cu
            vb = v[idx]
            c, s = torch.cos(vb), torch.sin(vb)          # B x M
            phi = c @ p - s @ q                          # B x R
            res = (torch.sigmoid(phi) - y[idx][:, None]) / rows
            cr, sr = c.T @ res, s.T @ res                # M x R
            w = -(a * (su * cr + cu * sr) + b * (cu * cr - su * sr))
            beta -= (zb.T @ w) * etas
    return beta


def train_a(meta, data):
    """As a PyTorch user writes it: phase tensor per run, autograd, BCE with logits. beta: R x N_P."""
    np_ = meta["np"]
    z, a, b, etas = data["z"], data["a"], data["b"], data["etas"][:, None]
    zb, zin = z[:, :np_], z[:, np_:]
    beta = data["beta0"].T.clone().requires_grad_(True)
    x, y = data["xtrain"], data["ytrain"]
    r = beta.shape[0]
    for idx in batches(meta, data):
        xb, t = x[idx], y[idx]
        theta = (beta @ zb.T)[:, None, :] + (xb @ zin.T)[None, :, :]     # R x B x M
        phi = (torch.cos(theta) * a - torch.sin(theta) * b).sum(-1)      # R x B
        loss = F.binary_cross_entropy_with_logits(phi, t.expand(r, -1), reduction="none").mean(1).sum()
        grad, = torch.autograd.grad(loss, beta)
        with torch.no_grad():
            beta -= etas * grad
    return beta.detach().T.contiguous()


def accuracy(meta, data, beta):
    """Test accuracy of every run (phi > 0 predicts 1), in chunks; beta: N_P x R."""
    np_ = meta["np"]
    z, a, b = data["z"], data["a"][:, None], data["b"][:, None]
    zb, zin = z[:, :np_], z[:, np_:]
    with torch.no_grad():
        u = zb @ beta
        p = a * torch.cos(u) - b * torch.sin(u)
        q = a * torch.sin(u) + b * torch.cos(u)
        correct = torch.zeros(beta.shape[1])
        for s in range(0, meta["test"], 512):
            v = data["xtest"][s:s + 512] @ zin.T
            phi = torch.cos(v) @ p - torch.sin(v) @ q
            correct += ((phi > 0).float() == data["ytest"][s:s + 512][:, None]).float().sum(0)
    return (correct / meta["test"]).double().numpy()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", required=True)
    ap.add_argument("--impl", choices=["a", "b"], required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--round", type=int, default=0)
    ap.add_argument("--label", default=None)
    ap.add_argument("--warmup-batches", type=int, default=3, help="an untimed training on this many batches first")
    ap.add_argument("--accuracies", help="write the per-run test accuracies here")
    ap.add_argument("--config", action="store_true", help="print torch's build configuration and exit")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.config:
        print(torch.__version__)
        print(torch.__config__.show())
        print("threads", torch.get_num_threads())
        return
    meta, data = load(args.dir)
    train = train_a if args.impl == "a" else train_b
    if args.warmup_batches > 0:
        w = dict(meta, epochs=1, train=min(meta["train"], args.warmup_batches * meta["batch"]))
        wd = dict(data, order=data["order"][:1, :w["train"]] % w["train"], xtrain=data["xtrain"][:w["train"]],
                  ytrain=data["ytrain"][:w["train"]])
        train(w, wd)
    t0 = time.perf_counter()
    beta = train(meta, data)
    sec = time.perf_counter() - t0
    acc = accuracy(meta, data, beta)
    nb = meta["epochs"] * ((meta["train"] + meta["batch"] - 1) // meta["batch"])
    label = args.label or ("torch-" + args.impl)
    print("train,%s,%d,%d,%s,%d,%d,%d,%d,%.6f,%.6f" % (label, args.round, args.threads, meta["dataset"], meta["np"], meta["m"],
                                                       meta["runs"], nb, sec, acc.mean()), flush=True)
    if args.accuracies:
        etas = data["etas"].double().numpy()
        with open(args.accuracies, "w") as f:
            f.write("eta,test_accuracy\n")
            for e, x in zip([float(l) for l in open(os.path.join(args.dir, "etas.txt")).read().split()], acc):
                f.write("%r,%r\n" % (e, float(x)))


if __name__ == "__main__":
    sys.exit(main())
