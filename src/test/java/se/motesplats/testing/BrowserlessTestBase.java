package se.motesplats.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.motesplats.i18n.LanguagePreference;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.SecondFactor;
import se.motesplats.security.SessionAuthentication;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.ui.NotFoundView;

/**
 * Base of browserless view tests: views built, navigated and clicked on the server, in the one Spring
 * context of the run, without a browser. Each test starts anonymous, on the start page; {@link #signIn}
 * makes the session what the sign-in view makes it, and the next {@code navigate(...)} passes Vaadin's
 * navigation access control as that person.
 *
 * <p>Setting up the simulated servlet, session and UI costs a few hundred milliseconds, far more than a
 * navigation; tests that open many views do so as dynamic tests of one {@code @TestFactory}, which share
 * one environment, signing in or out before each.
 */
@MotesplatsSpringTest
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @Autowired
    private SecondFactor secondFactor;

    /** The app's routes, wherever the test class lives (the library's default is the test's own package). */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("se.motesplats");
    }

    /** What Spring's RequestContextFilter does for every real request; views that build links read it. */
    @BeforeEach
    void bindRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(
                VaadinServletRequest.getCurrent().getHttpServletRequest(), VaadinServletResponse.getCurrent().getHttpServletResponse()));
    }

    /**
     * Signed in with these roles after the code step and, for staff, a confirmed second factor: the
     * session holds all of them, as {@link SessionAuthentication} stores it for the sign-in view.
     */
    protected void signIn(long accountId, String... roles) {
        store(new SignedInPerson(accountId, "Test", Set.of(roles)));
    }

    /** Signed in with the code only: staff roles wait for the second factor, as after a remembered device. */
    protected void signInWithoutSecondFactor(long accountId, String... roles) {
        store(secondFactor.limitedUntilConfirmed(new SignedInPerson(accountId, "Test", Set.of(roles))));
    }

    /** Anonymous again, in this thread and in the session. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        VaadinServletRequest.getCurrent().getWrappedSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /**
     * A page load after choosing a language: the language cookie set (as the switch sets it) and the UI
     * built anew at the current location, so {@code LanguageBootstrap} gives it that language.
     */
    protected void reloadIn(SupportedLanguage language) {
        jakarta.servlet.ServletRequest request = VaadinServletRequest.getCurrent();
        while (!(request instanceof MockRequest) && request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).addCookie(new Cookie(LanguagePreference.COOKIE, language.tag()));
        UI.getCurrent().getPage().reload();
    }

    /**
     * Opens a view built anew, as a fresh page load would: Vaadin reuses the instance of a view that is
     * already shown, so consecutive opens of one view as different people would otherwise see the first
     * one's page. Leaving for a page that does not exist first is cheaper than a new UI.
     */
    protected <T extends Component> T open(String location, Class<T> expected) {
        navigate("no-such-page-" + UUID.randomUUID(), NotFoundView.class);
        return navigate(location, expected);
    }

    private static void store(SignedInPerson person) {
        SessionAuthentication.store(person, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    @AfterEach
    void forgetRequestAndPerson() {
        // the next test, of whatever kind, starts anonymous on this thread
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }
}
