package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.ModuleTestBase;

/**
 * A remembered device survives the requests a browser sends at once with the same cookie (as after
 * its app node died: every request then signs in again on the other node), yet a token used long
 * after it was replaced still counts as a stolen cookie.
 */
class StayingSignedInModuleTest extends ModuleTestBase {

    @Autowired StayingSignedIn stayingSignedIn;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void requestsSentTogetherWithTheSameCookieAllSignIn() {
        String first = remembered();
        MockHttpServletResponse rotated = new MockHttpServletResponse();
        assertThat(autoLogin(first, rotated)).as("the first request signs in and gets a new token").isNotNull();
        String second = Objects.requireNonNull(rotated.getCookie("motesplats-remember")).getValue();
        assertThat(second).isNotEqualTo(first);

        assertThat(autoLogin(first, new MockHttpServletResponse())).as("a request sent along with the first").isNotNull();
        assertThat(autoLogin(second, new MockHttpServletResponse())).as("the device is still remembered").isNotNull();
    }

    @Test
    void aReplacedTokenUsedLaterIsStillTheft() {
        String first = remembered();
        MockHttpServletResponse rotated = new MockHttpServletResponse();
        assertThat(autoLogin(first, rotated)).isNotNull();
        String second = Objects.requireNonNull(rotated.getCookie("motesplats-remember")).getValue();
        jdbc.sql("update remembered_device set last_used = :then where token = :token")
                .param("then", Timestamp.from(Instant.now().minus(StayingSignedIn.JUST_ROTATED).minus(Duration.ofSeconds(5))))
                .param("token", currentToken(second)).update();

        assertThatThrownBy(() -> autoLogin(first, new MockHttpServletResponse())).as("the old token, later: a stolen cookie")
                .isInstanceOf(CookieTheftException.class);
        assertThat(autoLogin(second, new MockHttpServletResponse())).as("every device of the person signed out").isNull();
    }

    private String remembered() {
        long id = accounts.ensureAccount("remembered-" + UUID.randomUUID() + "@motesplats.test", "Rahel", SupportedLanguage.TIGRINYA,
                List.of(Roles.PARTICIPANT));
        SignedInPerson person = new SignedInPerson(id, "Rahel", Set.of(Roles.PARTICIPANT));
        MockHttpServletResponse response = new MockHttpServletResponse();
        stayingSignedIn.remember(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PARTICIPANT))), new MockHttpServletRequest("POST", "/sign-in"), response);
        return Objects.requireNonNull(response.getCookie("motesplats-remember")).getValue();
    }

    private @Nullable Authentication autoLogin(String cookie, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("motesplats-remember", cookie));
        return stayingSignedIn.autoLogin(request, response);
    }

    /** The token part of a cookie value (Spring's format: base64 of "series:token", URL-encoded parts). */
    private static String currentToken(String cookie) {
        String decoded = new String(java.util.Base64.getDecoder().decode(cookie + "=".repeat((4 - cookie.length() % 4) % 4)),
                java.nio.charset.StandardCharsets.UTF_8);
        return java.net.URLDecoder.decode(decoded.split(":")[1], java.nio.charset.StandardCharsets.UTF_8);
    }
}
