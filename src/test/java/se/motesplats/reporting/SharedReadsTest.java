package se.motesplats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's reads shared by the request's connection and a second one ({@link SharedReads}): every read is done
 * exactly once whoever takes it, also when the second connection fails at one or is still reading when the request's
 * own runs out, and the people counted from reads split over two threads are those counted from one.
 */
class SharedReadsTest {

    @Test
    void thePartsHoldEveryIdOnceInOrder() {
        assertThat(SharedReads.parts(List.of(), 16)).as("no activity: no read").isEmpty();
        assertThat(SharedReads.parts(List.of(7L), 16)).containsExactly(List.of(7L));
        assertThat(SharedReads.parts(List.of(1L, 2L, 3L), 16)).containsExactly(List.of(1L), List.of(2L), List.of(3L));
        List<Long> ids = LongStream.rangeClosed(1, 8_003).boxed().toList();
        List<List<Long>> parts = SharedReads.parts(ids, 16);
        assertThat(parts).hasSize(16);
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(parts).allSatisfy(part -> assertThat(part.size()).isBetween(500, 501));
    }

    @Test
    void theRequestsOwnConnectionDoesEveryReadWhenThereIsNoSecond() {
        AtomicIntegerArray done = new AtomicIntegerArray(5);
        new SharedReads(reads(done, -1)).readOnOwn();
        assertOnce(done);
    }

    @Test
    void aReadTheSecondConnectionFailsAtIsDoneByTheRequestsOwn() {
        AtomicIntegerArray done = new AtomicIntegerArray(5);
        List<Runnable> reads = reads(done, -1);
        boolean[] failed = {false};
        reads.set(1, () -> {
            if (!failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("connection lost");
            }
            done.incrementAndGet(1);
        });
        SharedReads shared = new SharedReads(reads);
        assertThatThrownBy(shared::readOnSecond).hasMessage("connection lost");
        assertThat(done.get(0)).as("done before the failure").isEqualTo(1);
        shared.readOnOwn();
        assertOnce(done);
    }

    @Test
    void theRequestsOwnWaitsForTheReadTheSecondIsDoingButNotForOneThatNeverStarted() throws Exception {
        AtomicIntegerArray done = new AtomicIntegerArray(3);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<Runnable> reads = reads(done, -1);
        reads.set(0, () -> {
            reading.countDown();
            await(finish);
            done.incrementAndGet(0);
        });
        SharedReads shared = new SharedReads(reads);
        Thread second = Thread.ofVirtual().start(shared::readOnSecond);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Thread own = Thread.ofVirtual().start(shared::readOnOwn);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (done.get(1) + done.get(2) < 2 && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(done.get(1) + done.get(2)).as("the others done meanwhile").isEqualTo(2);
        own.join(100);
        assertThat(own.isAlive()).as("waits for the second connection's read").isTrue();
        finish.countDown();
        own.join(10_000);
        second.join(10_000);
        assertThat(own.isAlive() || second.isAlive()).isFalse();
        assertOnce(done);

        AtomicIntegerArray alone = new AtomicIntegerArray(3);
        SharedReads neverStarted = new SharedReads(reads(alone, -1));
        neverStarted.readOnOwn();
        neverStarted.readOnSecond();
        assertOnce(alone);
    }

    @Test
    void twoThreadsTakingReadsAtOnceDoEachExactlyOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            AtomicIntegerArray done = new AtomicIntegerArray(64);
            SharedReads shared = new SharedReads(reads(done, round));
            Thread second = Thread.ofVirtual().start(shared::readOnSecond);
            shared.readOnOwn();
            second.join(10_000);
            assertOnce(done);
        }
    }

    @Test
    void aFailedReadOfTheRequestsOwnStopsTheSecond() {
        AtomicIntegerArray done = new AtomicIntegerArray(4);
        List<Runnable> reads = reads(done, -1);
        reads.set(0, () -> {
            throw new IllegalStateException("query failed");
        });
        SharedReads shared = new SharedReads(reads);
        assertThatThrownBy(shared::readOnOwn).hasMessage("query failed");
        shared.readOnSecond();
        assertThat(done.get(1) + done.get(2) + done.get(3)).isZero();
    }

    @Test
    void peopleReadInPartsOnTwoThreadsAreCountedAsFromOneRead() throws Exception {
        Map<Long, PeopleInPeriod.Activity> activities = new HashMap<>();
        Map<Long, String[]> rows = new HashMap<>();
        for (long id = 1; id <= 40; id++) {
            activities.put(id, new PeopleInPeriod.Activity(id % 2 == 0 ? "0680" : "0780", id % 3 == 0 ? "SPORT" : "MUSIC",
                    id % 5 == 0 ? "WOMEN" : "EVERYONE", 100 + id % 4));
            // the same people at several activities, some new this month, a companion without an account, a walk-in
            StringBuilder own = new StringBuilder();
            for (long person = id; person < id + 12; person++) {
                own.append(1_000 + person % 25).append(person % 7 == 0 ? 'n' : 'o');
            }
            long companionsAccount = 1_000 + id % 25;
            String companion = "g" + companionsAccount;
            String walkIn = "w-" + id % 3;
            rows.put(id, new String[] {own.toString(), id % 4 == 0 ? companion.length() + ":" + companion + companionsAccount + "o"
                    : walkIn.length() + ":" + walkIn + "n"});
        }
        PeopleInPeriod one = new PeopleInPeriod(activities);
        rows.forEach((id, listed) -> one.people(id, listed[0], listed[1]));

        PeopleInPeriod shared = new PeopleInPeriod(activities);
        List<Runnable> reads = new ArrayList<>();
        reads.add(() -> languages(shared));
        languages(one);
        for (List<Long> part : SharedReads.parts(activities.keySet().stream().sorted().toList(), 16)) {
            reads.add(() -> part.forEach(id -> shared.people(id, rows.get(id)[0], rows.get(id)[1])));
        }
        SharedReads both = new SharedReads(reads);
        Thread second = Thread.ofVirtual().start(both::readOnSecond);
        both.readOnOwn();
        second.join(10_000);

        assertThat(shared.active()).isEqualTo(one.active()).isPositive();
        assertThat(shared.newThisMonth()).isEqualTo(one.newThisMonth());
        assertThat(shared.by(PeopleInPeriod.Activity::category, Comparator.naturalOrder()))
                .isEqualTo(one.by(PeopleInPeriod.Activity::category, Comparator.naturalOrder()));
        assertThat(shared.by(PeopleInPeriod.Activity::organisationId, Comparator.naturalOrder()))
                .isEqualTo(one.by(PeopleInPeriod.Activity::organisationId, Comparator.naturalOrder()));
        assertThat(shared.byLanguage()).isEqualTo(one.byLanguage());
    }

    private static void languages(PeopleInPeriod people) {
        for (long account = 1_000; account < 1_025; account += 2) {
            people.languages(account, account % 3 == 0 ? "ar,sv" : "ti");
        }
    }

    /** Reads that count how often each was done; from {@code seed} on (not negative) each takes a little time. */
    private static List<Runnable> reads(AtomicIntegerArray done, int seed) {
        List<Runnable> reads = new ArrayList<>();
        for (int index = 0; index < done.length(); index++) {
            int read = index;
            reads.add(() -> {
                if (seed >= 0 && (read + seed) % 3 == 0) {
                    Thread.onSpinWait();
                    Thread.yield();
                }
                done.incrementAndGet(read);
            });
        }
        return reads;
    }

    private static void assertOnce(AtomicIntegerArray done) {
        for (int index = 0; index < done.length(); index++) {
            assertThat(done.get(index)).as("read %d", index).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
