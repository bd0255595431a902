package se.motesplats.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work on rows that many app nodes change at once (places, check-ins): each run is one transaction
 * that reads committed data, so that what it reads after taking a row's lock is what others
 * committed while it waited; a run that loses a deadlock (MariaDB error 1213) or a duplicate-key
 * race is run again from the start.
 */
@Component
public class RetriedTransactions {

    private final TransactionTemplate transaction;
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(ConcurrencyFailureException.class, DataIntegrityViolationException.class)
            .maxRetries(5).delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(20)).build());

    RetriedTransactions(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    public <T> T run(Supplier<T> work) {
        try {
            return retry.execute(() -> Objects.requireNonNull(transaction.execute(status -> work.get())));
        } catch (RetryException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e);
        }
    }
}
