package pspin;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

/** Runs a parallel-stream task in a pool of the stage's thread count (each task draws from its own stream, so the
 *  results do not depend on it). */
final class Pool {
    private Pool() {}

    static <T> T run(int threads, Callable<T> task) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
