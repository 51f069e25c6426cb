package lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelTest {
    /** Oracle: each task i writes i*i into its own slot; every slot must be written exactly once at any thread count. */
    @Test
    void everyTaskRunsOnceAtAnyThreadCount() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            int[] out = new int[100];
            AtomicInteger runs = new AtomicInteger();
            Parallel.run(100, threads, i -> { out[i] = i * i; runs.incrementAndGet(); });
            assertEquals(100, runs.get());
            for (int i = 0; i < 100; i++) assertEquals(i * i, out[i]);
        }
    }

    @Test
    void workerIndexIsBelowThreadCount() {
        int[] worker = new int[50];
        Parallel.run(50, 3, (Parallel.Task) (i, w) -> worker[i] = w);
        for (int w : worker) assertTrue(w >= 0 && w < 3);
    }

    @Test
    void exceptionsPropagate() {
        IllegalStateException boom = new IllegalStateException("boom");
        for (int threads : new int[] {1, 2}) {
            assertSame(boom, assertThrows(IllegalStateException.class, () -> Parallel.run(10, threads, i -> {
                if (i == 7) throw boom;
            })));
        }
        RuntimeException wrapped = assertThrows(RuntimeException.class,
                () -> Parallel.run(3, 2, (Parallel.Task) (i, w) -> { throw new IOException("io"); }));
        assertTrue(wrapped.getCause() instanceof IOException);
    }

    @Test
    void tilesCoverTheRange() {
        assertArrayEquals(new int[] {0, 1, 1, 2, 4}, new int[] {Parallel.tiles(0, 256), Parallel.tiles(1, 256),
                Parallel.tiles(256, 256), Parallel.tiles(257, 256), Parallel.tiles(1000, 256)});
    }
}
