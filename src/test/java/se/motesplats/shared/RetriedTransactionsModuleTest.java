package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.testing.ModuleTestBase;

/**
 * A transaction that loses a real deadlock (MariaDB error 1213, which Galera also returns for a
 * write that lost certification to another node's) is run again from the start and then commits.
 * The rows are the test's own in the {@code shedlock} table: any table with a key would do.
 */
class RetriedTransactionsModuleTest extends ModuleTestBase {

    @Autowired RetriedTransactions transactions;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theLoserOfADeadlockIsRunAgainAndCommits() throws Exception {
        String probe = "retry-probe-" + UUID.randomUUID();
        List<String> rows = new ArrayList<>();
        for (String row : List.of("a", "b", "c1", "c2", "c3", "c4")) {
            rows.add(probe + "-" + row);
            jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (:name, now(3), now(3), 'start')")
                    .param("name", probe + "-" + row).update();
        }
        String a = rows.get(0);
        String b = rows.get(1);
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch aTaken = new CountDownLatch(1);
        try (Connection rival = dataSource.getConnection(); ExecutorService pool = Executors.newSingleThreadExecutor()) {
            rival.setAutoCommit(false);
            // the rival changes more rows, so InnoDB picks the retried transaction as the deadlock's victim
            for (String row : rows.subList(1, rows.size())) {
                mark(rival, row, "rival");
            }
            Future<?> rivalTakesA = pool.submit(() -> {
                aTaken.await();
                mark(rival, a, "rival");
                rival.commit();
                return null;
            });
            String outcome = transactions.run(() -> {
                String attempt = "attempt-" + attempts.incrementAndGet();
                jdbc.sql("update shedlock set locked_by = :by where name = :name").param("by", attempt).param("name", a).update();
                aTaken.countDown();
                // waits for the rival's lock on b while the rival waits for ours on a: a deadlock on the first attempt
                jdbc.sql("update shedlock set locked_by = :by where name = :name").param("by", attempt).param("name", b).update();
                return attempt;
            });
            rivalTakesA.get(30, TimeUnit.SECONDS);

            assertThat(attempts).as("lost the deadlock once, then ran again").hasValue(2);
            assertThat(outcome).isEqualTo("attempt-2");
            assertThat(jdbc.sql("select locked_by from shedlock where name in (:a, :b)").param("a", a).param("b", b)
                    .query(String.class).list()).containsOnly("attempt-2");
        } finally {
            jdbc.sql("delete from shedlock where name like :probe").param("probe", probe + "-%").update();
        }
    }

    private static void mark(Connection connection, String name, String by) throws Exception {
        try (PreparedStatement update = connection.prepareStatement("update shedlock set locked_by = ? where name = ?")) {
            update.setString(1, by);
            update.setString(2, name);
            update.executeUpdate();
        }
    }
}
