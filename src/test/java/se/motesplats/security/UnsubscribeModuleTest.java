package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.ModuleTestBase;

/** The one-click unsubscribe of RFC 8058, posted as a mail program would, with a genuine and a made-up token. */
class UnsubscribeModuleTest extends ModuleTestBase {

    @Autowired AccountService accounts;
    @LocalServerPort int port;

    private int post(String token) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/unsubscribe/" + token))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    @Test
    void aGenuineTokenStopsNoticesByEmailAndAMadeUpOneDoesNothing() throws Exception {
        long amal = accounts.ensureAccount("amal-" + UUID.randomUUID() + "@motesplats.test", "Amal", SupportedLanguage.ARABIC, List.of());
        long other = accounts.ensureAccount("other-" + UUID.randomUUID() + "@motesplats.test", "Olga", SupportedLanguage.UKRAINIAN, List.of());
        String token = accounts.unsubscribeToken(amal);
        String forged = other + token.substring(token.indexOf('-'));

        assertThat(post(forged)).isEqualTo(404);
        assertThat(post("not-a-token")).isEqualTo(404);
        assertThat(accounts.contactOf(other).orElseThrow().email()).isNotNull();

        assertThat(post(token)).isEqualTo(200);
        assertThat(accounts.contactOf(amal).orElseThrow().email()).as("no more notices by e-mail").isNull();
    }
}
