package se.motesplats.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads of one dashboard computation that either of two connections can do: the request's own and, when one can be had,
 * a second one on a thread of its own. Each takes the next read when it is free, so the one with less else to do takes
 * more, whatever each read costs; a read the second connection fails at is given back for the request's own to do.
 * A read adds what it read to something both threads write to, so that has to be safe for two threads.
 */
final class SharedReads {

    private final Deque<Runnable> left;
    private boolean secondReading;

    SharedReads(List<Runnable> reads) {
        left = new ArrayDeque<>(reads);
    }

    /**
     * On the second connection's thread: does reads until none is left. A read that fails is given back before the failure
     * is thrown, and this thread takes no more.
     */
    void readOnSecond() {
        while (true) {
            Runnable read;
            synchronized (this) {
                read = left.pollFirst();
                if (read == null) {
                    return;
                }
                secondReading = true;
            }
            boolean done = false;
            try {
                read.run();
                done = true;
            } finally {
                synchronized (this) {
                    if (!done) {
                        left.addFirst(read);
                    }
                    secondReading = false;
                    notifyAll();
                }
            }
        }
    }

    /**
     * On the request's thread: does reads until none is left and the second connection is not doing one, so that nothing
     * is added after this returns (the second connection may never have started, or may still be waiting for a connection).
     * If a read fails, the reads left are dropped (the second connection does no more) and the failure is thrown.
     */
    void readOnOwn() {
        while (true) {
            Runnable read;
            synchronized (this) {
                while ((read = left.pollFirst()) == null && secondReading) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while the dashboard's second connection was reading", e);
                    }
                }
                if (read == null) {
                    return;
                }
            }
            try {
                read.run();
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    left.clear();
                }
                throw e;
            }
        }
    }

    /** The ids in at most {@code parts} runs of consecutive ids, as equal in length as they can be (none if there are none). */
    static List<List<Long>> parts(List<Long> ids, int parts) {
        List<List<Long>> runs = new ArrayList<>();
        int count = Math.min(parts, ids.size());
        for (int part = 0; part < count; part++) {
            runs.add(ids.subList(ids.size() * part / count, ids.size() * (part + 1) / count));
        }
        return runs;
    }
}
