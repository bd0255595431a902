package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * Open sessions over real HTTP on the random port, through the whole filter chain: a phone that stays
 * signed in opens a session, which shows in its person's list and is ended from another device.
 */
class SignedInSessionsModuleTest extends ModuleTestBase {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";

    @LocalServerPort int port;
    @Autowired SignedInSessions sessions;
    @Autowired AccountService accounts;
    @Autowired RememberedDevices devices;
    @Autowired StayingSignedIn stayingSignedIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookies)
                .header("User-Agent", PHONE).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the session is signed in: the roll call's JSON answers 401 to anyone who is not. */
    private boolean signedIn(String session) throws Exception {
        return get("/api/attendance/today", session).statusCode() != 401;
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
                .map(cookie -> cookie.split(";")[0]).findFirst();
    }

    private long participant(String name) {
        return accounts.ensureAccount(name.toLowerCase() + "-" + UUID.randomUUID() + "@motesplats.test", name, SupportedLanguage.SWEDISH,
                List.of(Roles.PARTICIPANT));
    }

    /** A phone that stays signed in (as the code step leaves it): its remembered-device cookie signs it in and opens a session. */
    private String signedInPhone(long accountId) throws Exception {
        SignedInPerson person = new SignedInPerson(accountId, "Test", Set.of(Roles.PARTICIPANT));
        MockHttpServletRequest signIn = new MockHttpServletRequest("POST", "/sign-in");
        signIn.addHeader("User-Agent", PHONE);
        MockHttpServletResponse signedIn = new MockHttpServletResponse();
        stayingSignedIn.remember(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PARTICIPANT))), signIn, signedIn);
        Cookie remembered = Objects.requireNonNull(signedIn.getCookie("motesplats-remember"));
        HttpResponse<String> page = get("/", remembered.getName() + "=" + remembered.getValue());
        String session = cookie(page, "JSESSIONID").orElseThrow(() -> new AssertionError("a session was opened"));
        assertThat(signedIn(session)).as("signed in by the remembered device").isTrue();
        return session;
    }

    @Test
    void aSessionSignedOutFromAnotherDeviceEndsAtItsNextRequestAndItsPhoneIsForgotten() throws Exception {
        long amina = participant("Amina");
        String session = signedInPhone(amina);

        List<OpenSession> open = callAs(amina, () -> sessions.mine(), Roles.PARTICIPANT);
        assertThat(open).singleElement().satisfies(one -> {
            assertThat(one.device()).isEqualTo("Android · Chrome");
            assertThat(one.current()).as("asked from no browser of hers").isFalse();
        });
        assertThat(signedIn(session)).as("the session holds").isTrue();
        assertThat(jdbc.sql("select remembered_series from signed_in_session where account_id = ?").param(amina).query(String.class).single())
                .as("the session knows the device that stays signed in").isNotNull();

        long other = participant("Bashir");
        as(other, () -> sessions.signOutThere(open.getFirst().id()), Roles.PARTICIPANT);
        assertThat(signedIn(session)).as("someone else cannot end it").isTrue();

        as(amina, () -> sessions.signOutThere(open.getFirst().id()), Roles.PARTICIPANT);
        assertThat(signedIn(session)).as("signed out at its next request").isFalse();
        assertThat(callAs(amina, () -> sessions.mine(), Roles.PARTICIPANT)).as("the ended session left the list").isEmpty();
        assertThat(devices.of(amina)).as("and its phone does not sign straight back in").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'security.session-revoked' and person_id = ?").param(amina)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void signingOutEverywhereEndsEverySessionAndEveryRememberedDevice() throws Exception {
        long dawit = participant("Dawit");
        String first = signedInPhone(dawit);
        String second = signedInPhone(dawit);
        assertThat(callAs(dawit, () -> sessions.mine(), Roles.PARTICIPANT)).hasSize(2);

        as(dawit, () -> sessions.signOutEverywhere(), Roles.PARTICIPANT);

        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isFalse();
        assertThat(devices.of(dawit)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'security.signed-out-everywhere' and person_id = ?")
                .param(dawit).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void rowsOfSessionsThatMustHaveEndedAreRemovedByTheNightlyJob() throws Exception {
        long eyerus = participant("Eyerus");
        signedInPhone(eyerus);
        assertThat(callAs(eyerus, () -> sessions.mine(), Roles.PARTICIPANT)).hasSize(1);
        sessions.forgetEnded();
        assertThat(callAs(eyerus, () -> sessions.mine(), Roles.PARTICIPANT)).as("a live session stays").hasSize(1);

        clock.advance(Duration.ofHours(1));
        sessions.forgetEnded();
        assertThat(callAs(eyerus, () -> sessions.mine(), Roles.PARTICIPANT)).as("idle far longer than the timeout allows").isEmpty();
    }
}
