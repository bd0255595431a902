package se.motesplats.notification;

import com.interaso.webpush.WebPush;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts push messages to the browser's push service as RFC 8030 describes, encrypted for the browser
 * (RFC 8291, {@code aes128gcm}) and signed with the server's VAPID key (RFC 8292): the library
 * com.interaso:webpush does the cryptography, this class the HTTP. Exists when the development outbox
 * is off; sends only when push is on (VAPID keys configured).
 */
@Component
@ConditionalOnProperty(name = "motesplats.mail.outbox", havingValue = "false", matchIfMissing = true)
class WebPushTransport implements PushTransport {

    private final PushKeys keys;
    private final String subject;
    private final int timeToLiveSeconds;
    private final RestClient client;

    WebPushTransport(PushKeys keys, PushProperties properties, @Value("${motesplats.public-url}") String publicUrl) {
        this.keys = keys;
        this.subject = properties.subject().isBlank() ? publicUrl : properties.subject();
        if (!subject.startsWith("mailto:") && !subject.startsWith("https://") && keys.pair() != null) {
            throw new IllegalStateException("motesplats.push.subject must be a mailto: or https: address push services can reach us at");
        }
        this.timeToLiveSeconds = Math.toIntExact(properties.timeToLive().toSeconds());
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public boolean deliver(RenderedPush push) {
        if (keys.pair() == null) {
            throw new PushDeliveryException("Web Push is off: no VAPID keys");
        }
        WebPush webPush = new WebPush(subject, keys.pair());
        Base64.Decoder base64 = Base64.getUrlDecoder();
        byte[] body = webPush.getBody(push.payload().getBytes(StandardCharsets.UTF_8),
                base64.decode(push.p256dh().replace("=", "")), base64.decode(push.auth().replace("=", "")));
        try {
            HttpStatusCode status = client.post()
                    .uri(URI.create(push.endpoint()))
                    .headers(headers -> webPush.getHeaders(push.endpoint(), timeToLiveSeconds, null, WebPush.Urgency.Normal)
                            .forEach(headers::set))
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode());
            if (status.value() == 404 || status.value() == 410) {
                return false;
            }
            if (!status.is2xxSuccessful()) {
                throw new PushDeliveryException("The push service refused the message with HTTP " + status.value());
            }
            return true;
        } catch (RestClientException e) {
            throw new PushDeliveryException("The push service could not be reached: " + e.getClass().getSimpleName(), e);
        }
    }
}
