package se.motesplats.activity;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import se.motesplats.shared.RuleViolation;

/**
 * Finds a venue's coordinates from its address through a Nominatim search endpoint
 * (https://nominatim.org/release-docs/latest/api/Search/): {@code GET /search?q=…&format=jsonv2&limit=1&countrycodes=se},
 * answered by a JSON array whose first place has {@code lat} and {@code lon} as strings. Off unless
 * {@code motesplats.geocoder.url} is set; organisers can always tap the map instead. The public
 * nominatim.openstreetmap.org allows about one request a second and asks for an identifying User-Agent,
 * which fits an editor's "find on map" button, never bulk use.
 */
@Component
public class Geocoder {

    private static final Logger log = LoggerFactory.getLogger(Geocoder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final RestClient client;

    Geocoder(@Value("${motesplats.geocoder.url:}") String baseUrl, @Value("${motesplats.public-url}") String publicUrl) {
        this.baseUrl = baseUrl.strip();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.client = RestClient.builder()
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.USER_AGENT, "Motesplats/1.0 (+" + publicUrl + ")")
                .build();
    }

    public boolean enabled() {
        return !baseUrl.isEmpty();
    }

    /**
     * The most likely place for an address in a Swedish municipality, empty when the geocoder knows none.
     *
     * @throws RuleViolation {@code activity.geocoder.unavailable} when the service cannot be asked or answers nonsense
     */
    public Optional<Position> locate(String address, String municipalityName) {
        if (!enabled()) {
            throw new RuleViolation("activity.geocoder.unavailable");
        }
        URI uri = UriComponentsBuilder.fromUriString(baseUrl).path("/search")
                .queryParam("q", address.strip() + ", " + municipalityName)
                .queryParam("format", "jsonv2")
                .queryParam("limit", 1)
                .queryParam("countrycodes", "se")
                .encode().build().toUri();
        try {
            String answer = client.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "sv")
                    .retrieve().body(String.class);
            JsonNode places = JSON.readTree(answer == null ? "" : answer);
            if (!places.isArray()) {
                throw new RuleViolation("activity.geocoder.unavailable");
            }
            if (places.isEmpty()) {
                return Optional.empty();
            }
            double latitude = Double.parseDouble(places.get(0).path("lat").asString());
            double longitude = Double.parseDouble(places.get(0).path("lon").asString());
            return Optional.of(new Position(latitude, longitude));
        } catch (RestClientException | JacksonException | NumberFormatException e) {
            // the address is the organiser's own text, not logged; the cause's class says enough
            log.warn("Geocoder at {} failed: {}", baseUrl, e.getClass().getSimpleName());
            throw new RuleViolation("activity.geocoder.unavailable");
        }
    }
}
