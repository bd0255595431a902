package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.security.AccountService;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push as a person's channel: a notice goes to each of their devices, in their language, and lands in
 * the development outbox (the test run's push service); without a device it goes by e-mail. A device
 * its push service calls gone is deleted; erasing the person takes their devices and what was kept.
 */
class PushModuleTest extends ModuleTestBase {

    private static final String PUBLIC_URL = "http://localhost:8080";

    @Autowired PushService push;
    @Autowired PushSubscriptions subscriptions;
    @Autowired PushSubscriptionRepository repository;
    @Autowired Notifications notifications;
    @Autowired DevelopmentOutbox outbox;
    @Autowired AccountService accounts;
    @Autowired TranslationProvider translations;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Clock clock;

    @Test
    void aReminderGoesToEachDeviceInThePersonsLanguageAndOnlyOnce() throws Exception {
        String email = "hodan-" + UUID.randomUUID() + "@example.se";
        long hodan = accounts.ensureAccount(email, "Hodan", SupportedLanguage.SOMALI, Set.of());
        subscribe(hodan, "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID());
        subscribe(hodan, "https://updates.push.services.mozilla.com/wpush/v2/" + UUID.randomUUID());
        List<String> devices = push.devicesOf(hodan);
        assertThat(devices).hasSize(2);
        String onceKey = "push-test:" + UUID.randomUUID();

        enqueue(new Recipient(hodan, email, null, SupportedLanguage.SOMALI, MessageChannel.PUSH), onceKey);
        enqueue(new Recipient(hodan, email, null, SupportedLanguage.SOMALI, MessageChannel.PUSH), onceKey);
        sendAll();

        List<SentMessage> sent = outbox.latest().stream().filter(message -> devices.contains(message.recipient())).toList();
        assertThat(sent).as("one message per device, however often it was asked for").hasSize(2).allSatisfy(message -> {
            assertThat(message.channel()).isEqualTo(MessageChannel.PUSH);
            assertThat(message.subject()).isEqualTo("Xusuusin: Shaqada gacanta Berri");
            assertThat(message.text()).startsWith("Xusuusin: Shaqada gacanta Berri, Maktabadda.").doesNotContain("Ku jawaab 2")
                    .endsWith(PUBLIC_URL + "/activities/7");
        });
        assertThat(outbox.latestTo(email)).as("no e-mail as well").isEmpty();
        assertThat(subscriptions.devicesOf(hodan)).allSatisfy(device -> assertThat(device.lastUsedAt()).isNotNull());
    }

    @Test
    void withoutADeviceWithPushOnTheNoticeGoesByEmail() {
        String email = "warsame-" + UUID.randomUUID() + "@example.se";
        long warsame = accounts.ensureAccount(email, "Warsame", SupportedLanguage.SOMALI, Set.of());

        enqueue(new Recipient(warsame, email, null, SupportedLanguage.SOMALI, MessageChannel.PUSH), null);
        sendAll();

        assertThat(outbox.latestTo(email)).singleElement().satisfies(message -> assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL));
    }

    @Test
    void onlyKnownPushServicesOverHttpsAndKeysOfTheRightSizeAreKept() {
        long person = accounts.ensureAccount("amal-" + UUID.randomUUID() + "@example.se", "Amal", SupportedLanguage.ARABIC, Set.of());
        String p256dh = browserKey();
        String auth = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        for (String endpoint : List.of("http://fcm.googleapis.com/fcm/send/x", "https://169.254.169.254/latest", "https://evilfcm.googleapis.com.example/x",
                "https://user@fcm.googleapis.com/x", "not a uri")) {
            assertThatThrownBy(() -> subscriptions.subscribe(person, endpoint, p256dh, auth, "")).as(endpoint).isInstanceOf(RuleViolation.class);
        }
        String good = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        assertThatThrownBy(() -> subscriptions.subscribe(person, good, auth, auth, "")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> subscriptions.subscribe(person, good, p256dh, p256dh, "")).isInstanceOf(RuleViolation.class);
        assertThat(subscriptions.devicesOf(person)).isEmpty();
    }

    @Test
    void aDeviceItsPushServiceCallsGoneIsDeleted() throws Exception {
        HttpServer pushService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pushService.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        pushService.start();
        try {
            long person = accounts.ensureAccount("faisal-" + UUID.randomUUID() + "@example.se", "Faisal", SupportedLanguage.ARABIC, Set.of());
            // saved directly: the checks in subscribe() allow only real push services, not this local one
            PushSubscription device = repository.save(new PushSubscription(person,
                    "http://127.0.0.1:" + pushService.getAddress().getPort() + "/wpush/" + UUID.randomUUID(), browserKey(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]), "Android · Chrome", clock.instant()));
            PushProperties properties = new PushProperties("", "", "", true, Duration.ofHours(1), List.of());
            PushService toThePushService = new PushService(translations,
                    Optional.of(new WebPushTransport(PushKeys.from(properties), properties, "https://motesplats.example")),
                    PushKeys.from(properties), repository, json, clock, PUBLIC_URL);

            Boolean delivered = transactions.execute(status -> toThePushService.send(
                    new PushMessage(device.address(), SupportedLanguage.ARABIC, "signup.notice.reminder", arguments("Faisal"))));

            assertThat(delivered).isFalse();
            assertThat(repository.findById(device.id())).isEmpty();
        } finally {
            pushService.stop(0);
        }
    }

    @Test
    void aNoticeToADeviceGoneBeforeSendingIsFailedAndForgotten() {
        String email = "sahra-" + UUID.randomUUID() + "@example.se";
        long sahra = accounts.ensureAccount(email, "Sahra", SupportedLanguage.SOMALI, Set.of());
        subscribe(sahra, "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID());
        String device = push.devicesOf(sahra).getFirst();
        String onceKey = "push-gone:" + UUID.randomUUID();
        enqueue(new Recipient(sahra, email, null, SupportedLanguage.SOMALI, MessageChannel.PUSH), onceKey);
        repository.deleteById(Long.parseLong(device.substring(PushSubscription.ADDRESS_PREFIX.length())));

        sendAll();

        assertThat(jdbc.sql("select concat(status, ' ', last_error, ' ', recipient, ' ', arguments) from notification_delivery where once_key = ?")
                .param(onceKey + " " + device).query(String.class).single()).isEqualTo("FAILED GONE - {}");
    }

    @Test
    void erasingThePersonTakesTheirDevicesAndTheOutboxCopies() {
        String email = "ilhan-" + UUID.randomUUID() + "@example.se";
        long ilhan = accounts.ensureAccount(email, "Ilhan", SupportedLanguage.SOMALI, Set.of());
        subscribe(ilhan, "https://web.push.apple.com/" + UUID.randomUUID());
        String device = push.devicesOf(ilhan).getFirst();
        enqueue(new Recipient(ilhan, email, null, SupportedLanguage.SOMALI, MessageChannel.PUSH), null);
        sendAll();
        assertThat(outbox.latestTo(device)).hasSize(1);

        transactions.executeWithoutResult(status -> subscriptions.eraseAll(ilhan));

        assertThat(subscriptions.devicesOf(ilhan)).isEmpty();
        assertThat(outbox.latestTo(device)).isEmpty();
    }

    private void subscribe(long accountId, String endpoint) {
        subscriptions.subscribe(accountId, endpoint, browserKey(), Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]),
                "Android · Chrome");
    }

    private void enqueue(Recipient recipient, @Nullable String onceKey) {
        transactions.executeWithoutResult(status -> notifications.enqueue(
                new Notice(recipient, "signup.notice.reminder", arguments("Hodan"), onceKey, null)));
    }

    private static Map<String, Object> arguments(String name) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("name", name);
        arguments.put("activity", "Shaqada gacanta");
        arguments.put("place", "Maktabadda");
        arguments.put("when", "Berri");
        arguments.put("link", PUBLIC_URL + "/activities/7");
        return arguments;
    }

    private void sendAll() {
        while (notifications.sendDue() > 0) {
            // until the queue holds nothing due
        }
    }

    private static String browserKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(WebPushTransportTest.uncompressed((ECPublicKey) generator.generateKeyPair().getPublic()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
