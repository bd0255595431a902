package se.motesplats.i18n;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * LibreTranslate's API (https://docs.libretranslate.com): {@code POST {url}/translate} with the JSON
 * object {@code {"q", "source", "target", "format": "text", "api_key"}} (the key only when one is
 * set), answered by {@code {"translatedText": "..."}}. Other services that speak the same API work
 * as well. Every failure (no answer in time, an HTTP error, an answer that is not that JSON) is a
 * {@link MachineTranslationUnavailable}; nothing is retried, a person can press the button again.
 */
class LibreTranslateClient implements MachineTranslator {

    private static final Logger log = LoggerFactory.getLogger(LibreTranslateClient.class);

    private final RestClient client;
    private final String apiKey;
    /** The service's code for each language it translates. */
    private final Map<SupportedLanguage, String> codes;

    LibreTranslateClient(MachineTranslationProperties properties) {
        URI url = URI.create(properties.url().strip().replaceAll("/+$", ""));
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalStateException("motesplats.machine-translation.url must be an http or https address, not "
                    + properties.url());
        }
        this.codes = codes(properties);
        this.apiKey = properties.apiKey().strip();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().baseUrl(url.toString()).requestFactory(requests).build();
    }

    /** Entries such as {@code ar} or {@code fa-AF=fa}: the portal's language tag, and the service's code if it differs. */
    private static Map<SupportedLanguage, String> codes(MachineTranslationProperties properties) {
        Map<SupportedLanguage, String> codes = new EnumMap<>(SupportedLanguage.class);
        for (String entry : properties.languages()) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("=", 2);
            SupportedLanguage language = SupportedLanguage.byTag(parts[0].strip()).orElseThrow(() -> new IllegalStateException(
                    "motesplats.machine-translation.languages: " + parts[0] + " is not one of the portal's language tags"));
            codes.put(language, parts.length == 2 && !parts[1].isBlank() ? parts[1].strip() : language.tag());
        }
        return Collections.unmodifiableMap(codes);
    }

    @Override
    public Set<SupportedLanguage> languages() {
        return codes.keySet();
    }

    @Override
    public String translate(String text, SupportedLanguage from, SupportedLanguage to) {
        if (!supports(from, to)) {
            throw new MachineTranslationUnavailable("Not configured to translate from " + from.tag() + " to " + to.tag());
        }
        if (text.isBlank()) {
            return text;
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("q", text);
        request.put("source", codes.get(from));
        request.put("target", codes.get(to));
        request.put("format", "text");
        if (!apiKey.isEmpty()) {
            request.put("api_key", apiKey);
        }
        @Nullable String answer;
        try {
            answer = client.post()
                    .uri("/translate")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(JsonMapper.shared().writeValueAsString(request).getBytes(StandardCharsets.UTF_8))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (sent, response) -> {
                        String reason = new String(response.getBody().readNBytes(300), StandardCharsets.UTF_8).strip();
                        throw unavailable("HTTP " + response.getStatusCode().value() + ": " + reason, null);
                    })
                    .body(String.class);
        } catch (RestClientException e) {
            throw unavailable("no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return translatedText(answer);
    }

    private static String translatedText(@Nullable String answer) {
        JsonNode translated;
        try {
            translated = JsonMapper.shared().readTree(answer == null ? "" : answer).path("translatedText");
        } catch (JacksonException e) {
            throw unavailable("an answer that is not JSON", e);
        }
        if (!translated.isString() || translated.asString().isBlank()) {
            throw unavailable("an answer without \"translatedText\"", null);
        }
        return translated.asString();
    }

    private static MachineTranslationUnavailable unavailable(String what, @Nullable Throwable cause) {
        log.warn("Machine translation failed: {}", what);
        return cause == null ? new MachineTranslationUnavailable(what) : new MachineTranslationUnavailable(what, cause);
    }
}
