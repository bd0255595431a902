package se.motesplats.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fires calls at once, in shuffled order, from 32 threads released together, and waits for all of them. */
public final class Storm {

    private Storm() {
    }

    public static void fire(List<? extends Callable<?>> calls) throws Exception {
        List<Callable<?>> shuffled = new ArrayList<>(calls);
        Collections.shuffle(shuffled);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (Callable<?> call : shuffled) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
    }
}
