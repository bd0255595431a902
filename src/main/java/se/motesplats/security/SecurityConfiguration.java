package se.motesplats.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import se.motesplats.security.ui.SignInView;

/**
 * Security in two layers: every route carries an access annotation (checked by Vaadin's navigation
 * access control), and services check roles themselves (method security).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(self), payment=()";

    /** One year: browsers then use https only, for this host and its subdomains (docs/security.md). */
    static final long HSTS_MAX_AGE_SECONDS = Duration.ofDays(365).toSeconds();

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StayingSignedIn stayingSignedIn, SignedInSessions sessions, Clock clock,
            ContentSecurityPolicy contentSecurityPolicy, Passkeys passkeys, PasskeySignIn passkeySignIn, AccountRepository accounts,
            SecurityContextHolderStrategy vaadinAwareStrategy,
            @Value("${motesplats.security.absolute-session-timeout:PT12H}") Duration absoluteSessionTimeout) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/fonts/**", "/icons/**", "/offline.html", "/language/**", "/robots.txt").permitAll()
                // open data: services behind these return published activities only
                .requestMatchers("/ical/**", "/api/public/**").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                // the SMS provider's webhooks: a secret in the address instead of a session (notification checks it)
                .requestMatchers("/api/sms/**", "/api/unsubscribe/**").permitAll()
                // the offline roll call's JSON: a session or the remembered-device cookie (attendance checks who)
                .requestMatchers("/api/attendance/**").authenticated()
                // adding or removing a passkey (Spring's endpoint): not beside a second factor the session has not confirmed
                .requestMatchers("/webauthn/register/**").access((authentication, request) -> new AuthorizationDecision(passkeys.mayAdd())));
        // the provider posts without a session, hence without a CSRF token; Vaadin adds its own exceptions
        // posted by the SMS provider and by mail programs (RFC 8058), which hold no session
        // The roll call's sync is posted by a phone that may have been offline since its page loaded,
        // so it cannot hold a fresh CSRF token; it sends a custom header instead (see attendance.AttendanceApi).
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/sms/**", "/api/unsubscribe/**", "/api/attendance/**"));
        // JSON callers get 401, not the sign-in page
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        // HSTS is written only on secure requests; behind a TLS-terminating proxy the request counts as secure
        // through X-Forwarded-Proto (server.forward-headers-strategy=native, application.properties)
        // nosniff and HSTS on every response; the headers only documents and workers read are left off scripts,
        // stylesheets, fonts, images and JSON (DocumentHeaders: some sixty files on a phone's first visit, issue 9)
        http.headers(headers -> headers
                .addHeaderWriter(DocumentHeaders.only(contentSecurityPolicy))
                .addHeaderWriter(DocumentHeaders.andStylesheets(new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)))
                .addHeaderWriter(DocumentHeaders.only(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addHeaderWriter(DocumentHeaders.only(new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(DocumentHeaders.only(new XXssProtectionHeaderWriter()))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .contentTypeOptions(nosniff -> { })
                .frameOptions(frame -> frame.disable())
                .xssProtection(xss -> xss.disable()));
        // before the security context is read from the session, so an expired session signs no one in
        http.addFilterBefore(new AbsoluteSessionTimeout(clock, absoluteSessionTimeout), SecurityContextHolderFilter.class);
        // likewise a session signed out on "My devices", from any node
        http.addFilterBefore(new SessionRegister(sessions), SecurityContextHolderFilter.class);
        http.rememberMe(remember -> remember.rememberMeServices(stayingSignedIn).key(stayingSignedIn.getKey()));
        // Spring's WebAuthn filters take the global strategy when they are made, and Vaadin installs its own only
        // once all beans exist: without this they would read an empty context and refuse every signed-in person
        SecurityContextHolder.setContextHolderStrategy(vaadinAwareStrategy);
        passkeys(http, passkeySignIn, accounts);
        http.with(vaadin(), vaadin -> vaadin.loginView(SignInView.class));
        return http.build();
    }

    /**
     * Passkeys through Spring Security's WebAuthn endpoints, called by the script in {@code frontend/passkeys}
     * with the CSRF token: options and registration under {@code /webauthn/}, sign-in at {@code /login/webauthn}.
     * The relying party is {@link PasskeyConfiguration}'s; no generated pages, as the views are Vaadin's.
     */
    private static void passkeys(HttpSecurity http, PasskeySignIn passkeySignIn, AccountRepository accounts) {
        // Spring asks for the account's authorities by the passkey's user name, the account's id; the session's roles come from PasskeySignIn
        http.setSharedObject(UserDetailsService.class, username -> StayingSignedIn.userDetails(accounts, username));
        http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(passkeySignIn);
                        return filter;
                    }
                }));
    }

    /**
     * Production (neither the demo nor the tests, which run over plain http on a laptop or a local network):
     * the session cookie is sent over https only. Elsewhere Tomcat still marks it Secure on https requests.
     */
    @Bean
    @Profile("!demo & !test")
    ServletContextInitializer secureSessionCookie() {
        return servletContext -> servletContext.getSessionCookieConfig().setSecure(true);
    }

    /**
     * Pages kept by the browser and revalidated ({@link PageRevalidation}): inside the forward by which Vaadin's servlet
     * is reached, where the page is written, as the container finishes the response at the forward's end.
     */
    @Bean
    FilterRegistrationBean<PageRevalidation> pageRevalidation(ServletRegistrationBean<SpringServlet> vaadinServlet) {
        FilterRegistrationBean<PageRevalidation> registration = new FilterRegistrationBean<>(new PageRevalidation());
        // Spring MVC forwards to Vaadin's servlet by its name
        registration.addServletRegistrationBeans(vaadinServlet);
        registration.setDispatcherTypes(DispatcherType.FORWARD, DispatcherType.REQUEST);
        return registration;
    }
}
