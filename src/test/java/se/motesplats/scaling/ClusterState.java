package se.motesplats.scaling;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What is up in the multi-node proof right now, seen from outside as a monitor would: each app
 * node's readiness, nginx's port, each Galera node's state. The driver watches it while a person
 * injects faults, and waits for it to be whole before checking.
 */
record ClusterState(List<Boolean> appsReady, boolean nginxUp, List<String> databases) {

    static final int APP_NODES = 2;
    static final int DATABASE_NODES = 3;
    private static final String SYNCED = "Synced/Primary/" + DATABASE_NODES;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static ClusterState now(int httpsPort) {
        List<Boolean> apps = new ArrayList<>();
        for (int node = 1; node <= APP_NODES; node++) {
            apps.add(ready(node));
        }
        List<String> databases = new ArrayList<>();
        for (int node = 1; node <= DATABASE_NODES; node++) {
            databases.add(galera(node));
        }
        return new ClusterState(apps, listening(httpsPort), databases);
    }

    /** Both app nodes ready, nginx listening, all three database nodes synced in one primary component. */
    boolean whole() {
        return !appsReady.contains(false) && nginxUp && databases.stream().allMatch(SYNCED::equals);
    }

    /** What is missing, each with the command of deploy/multinode/run.sh that brings it back. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (int node = 1; node <= APP_NODES; node++) {
            if (!appsReady.get(node - 1)) {
                missing.add("app node " + node + " not ready (run.sh start-app " + node + ")");
            }
        }
        if (!nginxUp) {
            missing.add("nginx down (run.sh start-nginx)");
        }
        for (int node = 1; node <= DATABASE_NODES; node++) {
            String state = databases.get(node - 1);
            if (state.equals("down")) {
                missing.add("database node " + node + " down (run.sh start-db " + node + ")");
            } else if (!state.equals(SYNCED)) {
                missing.add("database node " + node + " " + state + (state.contains("non-Primary")
                        ? " (no quorum: start the others, or run.sh bootstrap-db " + node + ")" : ""));
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int node = 1; node <= APP_NODES; node++) {
            text.append("app").append(node).append(' ').append(appsReady.get(node - 1) ? "ready" : "DOWN").append(", ");
        }
        text.append("nginx ").append(nginxUp ? "up" : "DOWN");
        for (int node = 1; node <= DATABASE_NODES; node++) {
            String state = databases.get(node - 1);
            text.append(", db").append(node).append(' ').append(state.equals(SYNCED) ? "synced" : state.equals("down") ? "DOWN" : state);
        }
        return text.toString();
    }

    private static boolean ready(int node) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8190 + node) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "Synced/Primary/3" when healthy; otherwise Galera's own words, or "down". */
    private static String galera(int node) {
        try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (3310 + node)
                + "/motesplats?connectTimeout=2000&socketTimeout=3000", "motesplats", "proof");
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("show status where variable_name in "
                        + "('wsrep_local_state_comment', 'wsrep_cluster_status', 'wsrep_cluster_size')")) {
            String state = "?";
            String status = "?";
            String size = "?";
            while (rows.next()) {
                switch (rows.getString(1).toLowerCase()) {
                    case "wsrep_local_state_comment" -> state = rows.getString(2);
                    case "wsrep_cluster_status" -> status = rows.getString(2);
                    default -> size = rows.getString(2);
                }
            }
            return state + "/" + status + "/" + size;
        } catch (SQLException e) {
            return "down";
        }
    }
}
