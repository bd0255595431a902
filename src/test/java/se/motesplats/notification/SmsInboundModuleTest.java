package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import se.motesplats.testing.ModuleTestBase;

/**
 * 46elks posting a reply to the real port, as it would from outside: no session, no CSRF token. The
 * secret is {@code motesplats.sms.46elks.inbound-secret} in application-test.properties.
 */
class SmsInboundModuleTest extends ModuleTestBase {

    private static final String TIGRINYA = "እወ ክመጽእ እየ";

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableApplicationContext context;

    private final List<SmsReplyReceived> replies = new CopyOnWriteArrayList<>();
    // added to the shared context for this test only, so the context stays the one all tests share
    private final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof SmsReplyReceived reply) {
            replies.add(reply);
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    private HttpResponse<String> post(String secret, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sms/46elks/inbound/" + secret))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, String> reply(String message) {
        return Map.of("direction", "incoming", "id", "sf8425555e5d8db61dda7a7b3f1b91bdb", "from", "+46706861004",
                "to", "+46766860000", "created", "2026-03-02T13:57:23.741000", "message", message);
    }

    @Test
    void aReplyBecomesAnEventAndGetsAnEmptyAnswer() throws Exception {
        HttpResponse<String> response = post("test-inbound-secret", reply("  " + TIGRINYA + "\n"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("a body would go back to the person as an SMS").isEmpty();
        assertThat(replies).containsExactly(
                new SmsReplyReceived("+46706861004", TIGRINYA, Instant.parse("2026-03-02T13:57:23.741Z")));
    }

    @Test
    void stopIsPassedOnLikeAnyReply() throws Exception {
        assertThat(post("test-inbound-secret", reply("Stop ")).statusCode()).isEqualTo(200);
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.text()).isEqualTo("Stop"));
    }

    @Test
    void aWrongSecretFindsNothing() throws Exception {
        assertThat(post("test-inbound-secreT", reply("1")).statusCode()).isEqualTo(404);
        assertThat(post("x", reply("1")).statusCode()).isEqualTo(404);
        assertThat(replies).isEmpty();
    }
}
