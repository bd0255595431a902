package se.motesplats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.motesplats.shared.RuleViolation;

/** The Nominatim search request as documented, against a local server standing in for the geocoder. */
class GeocoderTest {

    record Request(String method, String path, Map<String, String> query, String userAgent, String accept, String language) {
    }

    private HttpServer server;
    private final AtomicReference<Request> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = """
            [{"place_id": 1583, "licence": "Data © OpenStreetMap contributors, ODbL 1.0", "osm_type": "way", "osm_id": 42,
              "lat": "55.7046220", "lon": "13.1869441", "category": "building", "type": "yes", "place_rank": 30,
              "importance": 0.00001, "addresstype": "building", "name": "", "display_name": "10, Bangatan, Lund, Sverige",
              "boundingbox": ["55.7045", "55.7047", "13.1868", "13.1871"]}]""";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("Accept"), exchange.getRequestHeaders().getFirst("Accept-Language")));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
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

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8), pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                (first, second) -> second, LinkedHashMap::new));
    }

    private Geocoder geocoder() {
        return new Geocoder("http://127.0.0.1:" + server.getAddress().getPort(), "https://motesplats.example");
    }

    @Test
    void asksForOnePlaceInSwedenAndReadsItsCoordinates() {
        assertThat(geocoder().locate(" Bangatan 10 ", "Lund")).contains(new Position(55.704622, 13.1869441));

        Request request = received.get();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/search");
        assertThat(request.query()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "q", "Bangatan 10, Lund", "format", "jsonv2", "limit", "1", "countrycodes", "se"));
        assertThat(request.userAgent()).isEqualTo("Motesplats/1.0 (+https://motesplats.example)");
        assertThat(request.accept()).isEqualTo("application/json");
        assertThat(request.language()).isEqualTo("sv");
    }

    @Test
    void addressesWithNonLatinLettersAndSymbolsArriveIntact() {
        geocoder().locate("Östra Förstadsgatan 3 & 5 #B", "Malmö");

        assertThat(received.get().query()).containsEntry("q", "Östra Förstadsgatan 3 & 5 #B, Malmö").hasSize(4);
    }

    @Test
    void anAddressItDoesNotKnowIsEmpty() {
        answer = "[]";

        assertThat(geocoder().locate("Ingenstans 1", "Kalix")).isEmpty();
    }

    @Test
    void failuresBecomeOneTranslatedRefusal() {
        for (String broken : new String[] {"{\"error\": \"Bad request\"}", "<html>Gateway</html>", "[{\"lat\": \"north\"}]"}) {
            answer = broken;
            assertThatThrownBy(() -> geocoder().locate("Bangatan 10", "Lund"))
                    .isInstanceOf(RuleViolation.class).hasMessage("activity.geocoder.unavailable");
        }
        status = 503;
        assertThatThrownBy(() -> geocoder().locate("Bangatan 10", "Lund"))
                .isInstanceOf(RuleViolation.class).hasMessage("activity.geocoder.unavailable");
    }

    @Test
    void withoutAnAddressConfiguredItIsOff() {
        Geocoder off = new Geocoder("", "https://motesplats.example");

        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.locate("Bangatan 10", "Lund")).isInstanceOf(RuleViolation.class);
        assertThat(received.get()).isNull();
    }
}
