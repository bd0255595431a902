package se.motesplats.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol as the browser speaks it (captured from Chromium against the running app):
 * the page, then {@code GET /?v-r=init&location=…}, whose JSON gives the UI id ({@code v-uiId}), the
 * security key ({@code Vaadin-Security-Key}, sent back as {@code csrfToken}) and the first
 * {@code syncId}/{@code clientId}; then every interaction is {@code POST /?v-r=uidl&v-uiId=…} with
 * {@code {"csrfToken", "rpc":[…], "syncId", "clientId"}}, each answer giving the next two ids. A router
 * link is the event {@code ui-navigate} on the UI's node 1; a click is the event {@code click} on the
 * button's node; a typed value is {@code mSync} of its property plus the field's {@code change} event.
 * Node ids are read from the answers by the components' {@code id} attributes.
 *
 * <p>Every measured request records its response time in {@link Measurements}; requests that only serve
 * the simulation (reading a code from the development outbox) are named "harness" and not recorded.
 */
final class Vaadin {

    private Vaadin() {
    }

    /** The session key under which a component's node id is saved: {@code node-sign-in-code}. */
    static String node(String componentId) {
        return "node-" + componentId;
    }

    /** Saves the node id of the component with this {@code id} attribute from an answer, if it is in it. */
    static CheckBuilder nodeOf(String componentId) {
        return regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                + componentId + "\"\\}")
                .optional().saveAs(node(componentId));
    }

    /** A request that counts: response time recorded under its name, and the user stops at a failure. */
    static ChainBuilder measured(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exitHereIfFailed()
                .exec(session -> {
                    Measurements.record(name, session.getLong("rt"));
                    return session;
                });
    }

    /** Loads a view as a browser does: the bootstrap page, the init request, and the router's first navigation. */
    static ChainBuilder open(String name, String route, CheckBuilder... checks) {
        return open(name, session -> route, checks);
    }

    static ChainBuilder open(String name, Function<Session, String> route, CheckBuilder... checks) {
        // asked for as a page, as a browser does: the server then tags it for revalidation (never answered 304 here,
        // as the protocol keeps no cache)
        return measured(name + ": page", http(name + ": page").get(session -> "/" + route.apply(session))
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .check(status().is(200)))
                .exec(measured(name + ": init", http(name + ": init")
                        .get(session -> "/?v-r=init&location=" + route.apply(session) + "&query=")
                        .check(status().is(200),
                                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("securityKey"),
                                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                                regex("\"clientId\":(\\d+)").saveAs("clientId"))))
                .exec(navigate(name, route, checks));
    }

    /** Opens a second UI of the same browser session (another tab) without recording it: the harness. */
    static ChainBuilder harnessTab(String route, String bodyKey) {
        return exec(http("harness: " + route + " init").get("/?v-r=init&location=" + route + "&query=")
                .check(regex("\"v-uiId\":(\\d+)").saveAs("harnessUiId"),
                        regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("harnessKey")))
                .exec(http("harness: " + route).post("/?v-r=uidl&v-uiId=#{harnessUiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("harnessKey") + "\",\"rpc\":["
                                + navigation(route) + "],\"syncId\":0,\"clientId\":0}"))
                        .check(status().is(200), regex("(?s)(.*)").saveAs(bodyKey)));
    }

    static ChainBuilder navigate(String name, Function<Session, String> route, CheckBuilder... checks) {
        return rpc(name, session -> navigation(route.apply(session)), checks);
    }

    static ChainBuilder click(String name, String componentId, CheckBuilder... checks) {
        return rpc(name, session -> "{\"type\":\"event\",\"node\":" + session.getString(node(componentId))
                + ",\"event\":\"click\",\"data\":{}}", checks);
    }

    /** Typing into a text field: the value property and the change event that makes the server take it. */
    static String typed(Session session, String componentId, String value) {
        String node = session.getString(node(componentId));
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value + "\"},"
                + "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\",\"data\":{}}";
    }

    /** Ticking a checkbox. */
    static String ticked(Session session, String componentId) {
        String node = session.getString(node(componentId));
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"checked\",\"value\":true},"
                + "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"checked-changed\",\"data\":{}}";
    }

    /** One UIDL round trip with these RPC invocations (a comma-separated list of JSON objects). */
    static ChainBuilder rpc(String name, Function<Session, String> invocations, CheckBuilder... checks) {
        CheckBuilder[] all = new CheckBuilder[checks.length + 4];
        all[0] = status().is(200);
        all[1] = substring("\"appError\"").notExists();
        all[2] = regex("\"syncId\":(\\d+)").saveAs("syncId");
        all[3] = regex("\"clientId\":(\\d+)").saveAs("clientId");
        System.arraycopy(checks, 0, all, 4, checks.length);
        return measured(name, http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("securityKey") + "\",\"rpc\":["
                        + invocations.apply(session) + "],\"syncId\":" + session.getString("syncId")
                        + ",\"clientId\":" + session.getString("clientId") + "}"))
                .check(all));
    }

    private static String navigation(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"link\"}}";
    }
}
