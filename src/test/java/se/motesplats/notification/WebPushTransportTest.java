package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Web Push transport against a local HTTP server playing the browser's push service: the exact
 * request of RFC 8030/8292 (VAPID JWT checked with the server's public key, TTL, aes128gcm), and the
 * body decrypted as a browser would (RFC 8291, written out here with the JDK's own cryptography).
 */
class WebPushTransportTest {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_BASE64URL = Base64.getUrlDecoder();

    private HttpServer pushService;
    private final Map<String, Object> received = new ConcurrentHashMap<>();
    private volatile int answer = 201;
    private KeyPair vapid;
    private KeyPair browser;
    private final byte[] authSecret = new byte[16];
    private WebPushTransport transport;

    @BeforeEach
    void start() throws Exception {
        pushService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pushService.createContext("/wpush/", exchange -> {
            received.put("method", exchange.getRequestMethod());
            received.put("path", exchange.getRequestURI().getPath());
            exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(), values.getFirst()));
            received.put("body", exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        pushService.start();
        vapid = p256();
        browser = p256();
        new SecureRandom().nextBytes(authSecret);
        // the configured form of the keys, as `web-push generate-vapid-keys` prints them
        PushProperties properties = new PushProperties(BASE64URL.encodeToString(uncompressed((ECPublicKey) vapid.getPublic())),
                BASE64URL.encodeToString(scalar((ECPrivateKey) vapid.getPrivate())), "mailto:drift@motesplats.example", false,
                Duration.ofHours(12), List.of("push.example"));
        transport = new WebPushTransport(PushKeys.from(properties), properties, "https://motesplats.example");
    }

    @AfterEach
    void stop() {
        pushService.stop(0);
    }

    @Test
    void postsTheMessageEncryptedForTheBrowserAndSignedWithTheServersKey() throws Exception {
        String payload = "{\"title\":\"Påminnelse\",\"body\":\"Kaffe i morgon 10:00\",\"url\":\"https://motesplats.example/activities/7\"}";

        assertThat(transport.deliver(push(payload))).isTrue();

        assertThat(received).containsEntry("method", "POST").containsEntry("path", "/wpush/device-1")
                .containsEntry("ttl", "43200").containsEntry("content-encoding", "aes128gcm");
        String authorization = (String) received.get("authorization");
        assertThat(authorization).matches("vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=[\\w-]+");
        String token = authorization.replaceAll("^vapid t=([^,]+), k=.*$", "$1");
        String key = authorization.replaceAll("^.*, k=", "");
        assertThat(FROM_BASE64URL.decode(key)).isEqualTo(uncompressed((ECPublicKey) vapid.getPublic()));

        String[] parts = token.split("\\.");
        JsonNode header = JsonMapper.shared().readTree(FROM_BASE64URL.decode(parts[0]));
        JsonNode claims = JsonMapper.shared().readTree(FROM_BASE64URL.decode(parts[1]));
        assertThat(header.path("alg").asString()).isEqualTo("ES256");
        assertThat(claims.path("aud").asString()).isEqualTo("http://127.0.0.1:" + pushService.getAddress().getPort());
        assertThat(claims.path("sub").asString()).isEqualTo("mailto:drift@motesplats.example");
        long expires = claims.path("exp").asLong();
        assertThat(Instant.ofEpochSecond(expires)).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(vapid.getPublic());
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(FROM_BASE64URL.decode(parts[2]))).as("the JWT is signed with the VAPID private key").isTrue();

        assertThat(new String(decrypt((byte[]) received.get("body")), StandardCharsets.UTF_8)).isEqualTo(payload);
    }

    @Test
    void aSubscriptionThePushServiceCallsGoneIsReportedSoItCanBeDeleted() {
        answer = 410;
        assertThat(transport.deliver(push("{}"))).isFalse();
        answer = 404;
        assertThat(transport.deliver(push("{}"))).isFalse();
    }

    @Test
    void otherRefusalsAreThrownSoTheNoticeIsTriedAgain() {
        answer = 429;
        assertThatThrownBy(() -> transport.deliver(push("{}"))).isInstanceOf(PushDeliveryException.class).hasMessageContaining("429");
        pushService.stop(0);
        assertThatThrownBy(() -> transport.deliver(push("{}"))).isInstanceOf(PushDeliveryException.class);
    }

    private RenderedPush push(String payload) {
        return new RenderedPush("push:1", "http://127.0.0.1:" + pushService.getAddress().getPort() + "/wpush/device-1",
                BASE64URL.encodeToString(uncompressed((ECPublicKey) browser.getPublic())), BASE64URL.encodeToString(authSecret),
                "title", "body", "url", payload);
    }

    /** What the browser does with the body (RFC 8291 section 3 and RFC 8188): one record, padding after the delimiter 2. */
    private byte[] decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] serverKey = new byte[in.get() & 0xff];
        in.get(serverKey);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        assertThat(recordSize).isGreaterThanOrEqualTo(ciphertext.length);
        assertThat(serverKey).hasSize(65);

        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(browser.getPrivate());
        ecdh.doPhase(publicKey(serverKey), true);
        byte[] sharedSecret = ecdh.generateSecret();
        byte[] prkKey = hmac(authSecret, sharedSecret);
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uncompressed((ECPublicKey) browser.getPublic()), serverKey,
                new byte[] {1});
        byte[] ikm = hmac(prkKey, keyInfo);
        byte[] prk = hmac(salt, ikm);
        byte[] contentKey = Arrays.copyOf(hmac(prk, "Content-Encoding: aes128gcm\0\1".getBytes(StandardCharsets.US_ASCII)), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, "Content-Encoding: nonce\0\1".getBytes(StandardCharsets.US_ASCII)), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (padded[end] == 0) {
            end--;
        }
        assertThat(padded[end]).as("the last record's delimiter").isEqualTo((byte) 2);
        return Arrays.copyOf(padded, end);
    }

    private ECPublicKey publicKey(byte[] point) throws Exception {
        var params = ((ECPublicKey) browser.getPublic()).getParams();
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params));
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static byte[] uncompressed(ECPublicKey key) {
        return concat32(new byte[] {4}, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
    }

    private static byte[] scalar(ECPrivateKey key) {
        return fixed(key.getS());
    }

    private static byte[] fixed(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] concat32(byte[] first, byte[] x, byte[] y) {
        byte[] out = new byte[first.length + x.length + y.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(x, 0, out, first.length, x.length);
        System.arraycopy(y, 0, out, first.length + x.length, y.length);
        return out;
    }
}
