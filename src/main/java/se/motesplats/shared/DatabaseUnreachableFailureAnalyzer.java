package se.motesplats.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" at start-up into one clear sentence and what to do,
 * instead of a wall of stack traces.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)");
                return new FailureAnalysis(
                        "Mötesplats cannot reach its MariaDB database at " + url + " (" + cause.getMessage() + ").",
                        "Start the database, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                                + "SPRING_DATASOURCE_PASSWORD to a reachable MariaDB. To try the portal without one, "
                                + "run ./mvnw spring-boot:run (embedded database and demo data).",
                        failure);
            }
        }
        return null;
    }
}
