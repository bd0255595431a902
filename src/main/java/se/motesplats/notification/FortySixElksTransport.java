package se.motesplats.notification;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends text messages through 46elks (https://46elks.se/docs): {@code POST /a1/sms}, a form with
 * {@code from}, {@code to} and {@code message}, HTTP Basic with the API username and password. Exists
 * when {@code motesplats.sms.provider=46elks} and the development outbox is off.
 */
@Component
@ConditionalOnProperty(name = "motesplats.sms.provider", havingValue = "46elks")
@ConditionalOnProperty(name = "motesplats.mail.outbox", havingValue = "false", matchIfMissing = true)
class FortySixElksTransport implements SmsTransport {

    private static final Logger log = LoggerFactory.getLogger(FortySixElksTransport.class);
    /** A text sender id (letters and digits, at most 11, starting with a letter) or a number in E.164. */
    private static final Pattern SENDER = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,10}|\\+[1-9]\\d{6,14}");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d{6,}");

    private final RestClient client;
    private final String sender;

    FortySixElksTransport(FortySixElksProperties properties) {
        if (properties.username().isBlank() || properties.password().isBlank()) {
            throw new IllegalStateException("motesplats.sms.provider=46elks needs motesplats.sms.46elks.username and .password");
        }
        if (!SENDER.matcher(properties.sender()).matches()) {
            throw new IllegalStateException("motesplats.sms.46elks.sender must be up to 11 letters and digits, "
                    + "starting with a letter, or a phone number in E.164");
        }
        this.sender = properties.sender();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.client = RestClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeaders(headers -> headers.setBasicAuth(properties.username(), properties.password(), StandardCharsets.UTF_8))
                .build();
    }

    @Override
    public void deliver(RenderedSms sms) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("from", sender);
        form.add("to", sms.recipient());
        form.add("message", sms.text());
        @Nullable String answer;
        try {
            answer = client.post()
                    .uri("/a1/sms")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        String reason = new String(response.getBody().readNBytes(300), StandardCharsets.UTF_8).strip();
                        throw new SmsDeliveryException("46elks refused the SMS with HTTP " + response.getStatusCode().value()
                                + ": " + DIGITS.matcher(reason).replaceAll("…"));
                    })
                    .body(String.class);
        } catch (RestClientException e) {
            throw new SmsDeliveryException("46elks could not be reached: " + e.getClass().getSimpleName(), e);
        }
        logReceipt(answer);
    }

    /** The message is on its way once 46elks answered 2xx; an unreadable answer must not cause a resend. */
    private static void logReceipt(@Nullable String answer) {
        try {
            JsonNode receipt = JsonMapper.shared().readTree(answer == null ? "{}" : answer);
            log.info("46elks took SMS {}: status {}, {} part(s), cost {} (1/10000 of the account's currency)",
                    receipt.path("id").asString(""), receipt.path("status").asString(""),
                    receipt.path("parts").asInt(0), receipt.path("cost").asLong(0));
        } catch (JacksonException e) {
            log.warn("46elks took an SMS but its answer was not the expected JSON");
        }
    }
}
