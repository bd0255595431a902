package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LibreTranslate request as its documentation gives it (https://docs.libretranslate.com),
 * against a local HTTP server standing in for the service, and every way the service can fail.
 */
class LibreTranslateClientTest {

    private static final String SWEDISH = "Språkkafé på biblioteket: fika, samtal & \"spel\"\nVälkommen!";
    private static final String ARABIC = "مقهى اللغة في المكتبة: قهوة وحديث وألعاب\nأهلاً وسهلاً!";

    record Request(String method, String path, String contentType, String body) {
    }

    private HttpServer server;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"translatedText\": \"" + ARABIC.replace("\n", "\\n") + "\"}";
    private volatile boolean hang;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (hang) {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private LibreTranslateClient client(String url, String apiKey, String... languages) {
        return new LibreTranslateClient(new MachineTranslationProperties(url, apiKey, Duration.ofSeconds(2),
                Duration.ofMillis(500), languages.length == 0 ? List.of("sv", "en", "ar", "fa", "uk") : List.of(languages)));
    }

    private static Map<String, Object> json(String body) {
        return JsonMapper.shared().readValue(body, Map.class);
    }

    @Test
    void postsTheDocumentedJsonAndReadsTranslatedText() {
        String translated = client(base(), "").translate(SWEDISH, SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC);

        assertThat(translated).isEqualTo(ARABIC);
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/translate");
            assertThat(request.contentType()).isEqualTo("application/json");
            assertThat(json(request.body())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "q", SWEDISH, "source", "sv", "target", "ar", "format", "text"));
        });
    }

    @Test
    void sendsTheApiKeyWhenOneIsSetAndKeepsThePathOfTheAddress() {
        client(base() + "/libre/", "sëcret-key").translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.UKRAINIAN);

        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/libre/translate");
            assertThat(json(request.body())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "q", "Kör", "source", "sv", "target", "uk", "format", "text", "api_key", "sëcret-key"));
        });
    }

    @Test
    void usesTheServicesOwnCodeWhereOneIsConfigured() {
        LibreTranslateClient client = client(base(), "", "sv", "fa-AF=fa");

        client.translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.DARI);

        assertThat(json(received.getFirst().body())).containsEntry("target", "fa");
        assertThat(client.languages()).containsExactlyInAnyOrder(SupportedLanguage.SWEDISH, SupportedLanguage.DARI);
    }

    @Test
    void onlyConfiguredLanguagesAreTranslatedAndAnEmptyTextIsNotSent() {
        LibreTranslateClient client = client(base(), "");

        assertThat(client.supports(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC)).isTrue();
        assertThat(client.supports(SupportedLanguage.SWEDISH, SupportedLanguage.TIGRINYA)).isFalse();
        assertThat(client.supports(SupportedLanguage.SWEDISH, SupportedLanguage.SWEDISH)).isFalse();
        assertThatThrownBy(() -> client.translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.TIGRINYA))
                .isInstanceOf(MachineTranslationUnavailable.class);
        assertThat(client.translate("  ", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC)).isBlank();
        assertThat(received).isEmpty();
    }

    @Test
    void aServerErrorIsUnavailable() {
        status = 500;
        answer = "{\"error\": \"Internal Server Error\"}";

        assertThatThrownBy(() -> client(base(), "").translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC))
                .isInstanceOf(MachineTranslationUnavailable.class).hasMessageContaining("HTTP 500");
    }

    @Test
    void aRefusedKeyIsUnavailable() {
        status = 403;
        answer = "{\"error\": \"Invalid API key\"}";

        assertThatThrownBy(() -> client(base(), "wrong").translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC))
                .isInstanceOf(MachineTranslationUnavailable.class).hasMessageContaining("HTTP 403");
    }

    @Test
    void noAnswerInTimeIsUnavailable() {
        hang = true;
        long started = System.nanoTime();

        assertThatThrownBy(() -> client(base(), "").translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC))
                .isInstanceOf(MachineTranslationUnavailable.class).hasMessageContaining("no answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void anAnswerThatIsNotJsonIsUnavailable() {
        answer = "<html>Bad gateway</html>";

        assertThatThrownBy(() -> client(base(), "").translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC))
                .isInstanceOf(MachineTranslationUnavailable.class).hasMessageContaining("not JSON");
    }

    @Test
    void jsonWithoutATranslatedTextIsUnavailable() {
        for (String odd : List.of("{\"translatedText\": [\"Choir\"]}", "{\"translated\": \"Choir\"}", "{\"translatedText\": \"\"}", "[]")) {
            answer = odd;
            assertThatThrownBy(() -> client(base(), "").translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC))
                    .as(odd).isInstanceOf(MachineTranslationUnavailable.class).hasMessageContaining("translatedText");
        }
    }

    @Test
    void anUnreachableServiceIsUnavailable() {
        LibreTranslateClient client = client(base(), "");
        server.stop(0);

        assertThatThrownBy(() -> client.translate("Kör", SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC))
                .isInstanceOf(MachineTranslationUnavailable.class).hasMessageContaining("no answer");
    }

    @Test
    void refusesToStartWithAWrongAddressOrLanguage() {
        assertThatIllegalStateException().isThrownBy(() -> client("ftp://translate.example.org", ""));
        assertThatIllegalStateException().isThrownBy(() -> client(base(), "", "sv", "xx"));
    }

    @Test
    void thereIsNoMachineTranslatorWithoutAnAddress() {
        ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(MachineTranslationConfiguration.class);

        context.run(started -> assertThat(started).doesNotHaveBean(MachineTranslator.class));
        context.withPropertyValues("motesplats.machine-translation.url=")
                .run(started -> assertThat(started).doesNotHaveBean(MachineTranslator.class));
        context.withPropertyValues("motesplats.machine-translation.url=" + base(), "motesplats.machine-translation.languages=sv,ar")
                .run(started -> assertThat(started.getBean(MachineTranslator.class).languages())
                        .containsExactlyInAnyOrder(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC));
        context.withPropertyValues("motesplats.machine-translation.url=" + base())
                .run(started -> assertThat(started.getBean(MachineTranslator.class).languages()).containsExactlyInAnyOrder(
                        SupportedLanguage.SWEDISH, SupportedLanguage.ENGLISH, SupportedLanguage.ARABIC, SupportedLanguage.PERSIAN,
                        SupportedLanguage.UKRAINIAN));
    }
}
