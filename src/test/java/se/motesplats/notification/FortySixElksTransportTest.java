package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact HTTP request 46elks documents, against a local server standing in for api.46elks.com. */
class FortySixElksTransportTest {

    private static final String ARABIC = "مرحبا يا أمينة، المقهى اللغوي غدًا";
    private static final String TIGRINYA = "ሰላም ዮናስ፡ ጽባሕ ቋንቋ ካፈ ኣሎ";

    record Request(String method, String path, String authorization, String contentType, Map<String, String> form) {
    }

    private HttpServer server;
    private final AtomicReference<Request> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = """
            {"status": "created", "direction": "outgoing", "from": "Motesplats", "created": "2026-03-02T09:00:00.000000",
             "parts": 1, "to": "+46701234567", "cost": 3500, "message": "...", "id": "s17a6dafb12d6b2cabbfc9f5b3a79bfd2"}""";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                    decode(body)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "text/plain");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FortySixElksTransport transport() {
        return new FortySixElksTransport(new FortySixElksProperties("u1234", "sëcret", "Motesplats",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), ""));
    }

    private static Map<String, String> decode(String form) {
        return Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                (a, b) -> a + "," + b, LinkedHashMap::new));
    }

    @Test
    void postsTheDocumentedFormWithBasicAuth() {
        transport().deliver(new RenderedSms("+46701234567", ARABIC + "\n" + TIGRINYA + " & 100% = ok?"));

        Request request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/a1/sms");
        assertThat(request.authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("u1234:sëcret".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "from", "Motesplats",
                "to", "+46701234567",
                "message", ARABIC + "\n" + TIGRINYA + " & 100% = ok?"));
    }

    @Test
    void aRefusalBecomesAnExceptionWithoutTheNumber() {
        status = 403;
        answer = "API access denied for +46701234567";
        assertThatThrownBy(() -> transport().deliver(new RenderedSms("+46701234567", "Hej")))
                .isInstanceOf(SmsDeliveryException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("API access denied")
                .hasMessageNotContaining("701234567");
    }

    @Test
    void anUnreachableProviderBecomesAnException() {
        FortySixElksTransport transport = transport();
        server.stop(0);
        assertThatThrownBy(() -> transport.deliver(new RenderedSms("+46701234567", "Hej")))
                .isInstanceOf(SmsDeliveryException.class)
                .hasMessageContaining("could not be reached");
    }

    @Test
    void anOddAnswerAfterSuccessDoesNotMeanFailure() {
        answer = "not json";
        transport().deliver(new RenderedSms("+46701234567", "Hej"));
        assertThat(received.get()).isNotNull();
    }

    @Test
    void refusesToStartWithAnInvalidSender() {
        assertThatIllegalStateException().isThrownBy(() -> new FortySixElksTransport(new FortySixElksProperties(
                "u1234", "secret", "Mötesplats Sverige", URI.create("https://api.46elks.com"), "")));
        assertThatIllegalStateException().isThrownBy(() -> new FortySixElksTransport(new FortySixElksProperties(
                "", "", "Motesplats", URI.create("https://api.46elks.com"), "")));
    }
}
