package lib;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks 0..tasks-1 on a few threads. Each task must write only its own output slice and draw
 * its random numbers from its own stream ({@link Streams#of(long, String, long)} with the task index), so the
 * results are identical for any thread count. Tasks are handed out in index order; the first exception thrown
 * by any task stops the hand-out and is rethrown in the caller (unchecked exceptions and errors as they are,
 * checked ones wrapped in a RuntimeException).
 */
public final class Parallel {
    private Parallel() {}

    /** A task that also learns which worker (0..threads-1) runs it, to reuse per-worker scratch memory. */
    @FunctionalInterface
    public interface Task {
        void run(int task, int worker) throws Exception;
    }

    /** Runs {@code task.accept(i)} for i in [0, tasks) on at most {@code threads} threads. */
    public static void run(int tasks, int threads, IntConsumer task) {
        run(tasks, threads, (Task) (i, w) -> task.accept(i));
    }

    /** Runs {@code task.run(i, worker)} for i in [0, tasks) on at most {@code threads} threads. */
    public static void run(int tasks, int threads, Task task) {
        if (tasks < 0) throw new IllegalArgumentException("tasks < 0");
        int workers = Math.max(1, Math.min(threads, tasks));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        if (workers == 1) {
            work(0, tasks, task, next, failure);
        } else {
            List<Thread> pool = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                Thread t = new Thread(() -> work(worker, tasks, task, next, failure), "parallel-" + w);
                t.setDaemon(true);
                pool.add(t);
                t.start();
            }
            for (Thread t : pool) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    failure.compareAndSet(null, e);
                    next.set(tasks);
                    Thread.currentThread().interrupt();
                }
            }
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        if (e != null) throw new RuntimeException(e);
    }

    /** Number of tiles of {@code size} covering {@code n} items (the last one may be shorter). */
    public static int tiles(int n, int size) {
        return n == 0 ? 0 : (n - 1) / size + 1;
    }

    private static void work(int worker, int tasks, Task task, AtomicInteger next, AtomicReference<Throwable> failure) {
        for (int i; failure.get() == null && (i = next.getAndIncrement()) < tasks; ) {
            try {
                task.run(i, worker);
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }
    }
}
