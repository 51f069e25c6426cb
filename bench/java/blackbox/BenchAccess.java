package blackbox;

/** Bench only: package-private pieces of the training that exist in the baseline too (same package). */
public final class BenchAccess {
    private BenchAccess() {}

    /** The batch order of one epoch exactly as Trainer.train draws it. */
    public static int[] order(int n, long seed, int epoch) {
        return Trainer.permutation(n, lib.Streams.of(seed, "order", epoch));
    }
}
