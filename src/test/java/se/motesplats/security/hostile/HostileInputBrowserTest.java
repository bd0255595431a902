package se.motesplats.security.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDraft;
import se.motesplats.activity.ActivityPlan;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.Schedule;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.Venue;
import se.motesplats.area.AreaService;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.Mark;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.organisation.Registration;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.security.hostile.HostilePayloads.Payload;
import se.motesplats.shared.Names;
import se.motesplats.shared.Zones;
import se.motesplats.signup.Companion;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;

/**
 * A sample of the hostile input corpus in a real browser on a phone: as activity titles and
 * descriptions, association names, and first names of participants, their companions and walk-ins.
 * A detector is installed before any of the app's code runs ({@code window.__xss}, alert, confirm,
 * prompt and print replaced, dialogs, console, requests to the canary host and pop-ups watched);
 * the listing, every sampled activity's page, and the organiser's participant list and roll call
 * must not set it off, and must show each payload as text. A positive control serves the same
 * payloads raw, as an injection would, and must set the detector off: otherwise the detector is
 * what is broken and the silence above proves nothing.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class HostileInputBrowserTest extends BrowserTestBase {

    private static final String PAJALA = "2521";

    /**
     * The sample: one of each kind, each found by how it starts so that the corpus may grow. Classic
     * tags, attribute and element breakouts, addresses, SVG and MathML, template and script breakouts,
     * an HTML comment opening a script (what the schema.org block must survive), canary loads, and
     * payloads inside Arabic, Tigrinya, Persian and Ukrainian text with direction overrides.
     */
    private static final List<String> SAMPLE_STARTS = List.of(
            "<script>__xss(", "<img src=x onerror=__xss(", "<iframe srcdoc=", "\"><img src=x onerror=", "javascript:__xss(",
            "<svg onload=__xss(", "<math><mtext><table><mglyph>", "${__xss(", "</script><script>__xss(", "<!--<script>",
            "مقهى اللغة <img", "ቡና ስነ-ቋንቋ <script>", "\u202E<img src=x onerror", "Привіт </script>", "<img src=\"https://xss.invalid/",
            "</motesplats-roll-call>");

    /** Installed in every document and frame before the page's own scripts: anything that runs reports itself. */
    private static final String DETECTOR = """
            (() => {
              const report = (kind, detail) => {
                try { window.__xssReport(kind + ':' + String(detail)); }
                catch (e) { console.error('__XSS_FIRED__ ' + kind + ':' + detail); }
              };
              Object.defineProperty(window, '__xss', { value: id => report('__xss', id), writable: false, configurable: false });
              window.alert = message => report('alert', message);
              window.confirm = message => { report('confirm', message); return false; };
              window.prompt = message => { report('prompt', message); return null; };
              window.print = () => report('print', '');
              document.addEventListener('securitypolicyviolation', event => {
                if (String(event.blockedURI).includes('xss.invalid')) report('csp-blocked', event.blockedURI);
              }, true);
            })();
            """;

    /** Markup that only an injection puts in the page, searched through every shadow root too. */
    private static final String INJECTED_MARKUP = """
            () => {
              const found = [];
              const urls = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
              const visit = root => {
                for (const element of root.querySelectorAll('*')) {
                  for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    const value = (attribute.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                    if (name.startsWith('on')) found.push(element.localName + '@' + name);
                    if (name === 'srcdoc') found.push(element.localName + '@srcdoc');
                    let host = '';
                    try { host = new URL(attribute.value, location.href).hostname; } catch (e) { /* not an address */ }
                    if (urls.includes(name) && (value.startsWith('javascript:') || value.startsWith('vbscript:')
                        || value.startsWith('data:text/html') || host.endsWith('xss.invalid'))) {
                      found.push(element.localName + '@' + name + '=' + attribute.value);
                    }
                  }
                  if (['iframe', 'frame', 'object', 'embed', 'math'].includes(element.localName)) found.push('<' + element.localName + '>');
                  if (element.localName === 'base' && element.parentNode !== document.head) found.push('<base> outside the head');
                  if (element.localName === 'script' && /__xss/.test(element.textContent)
                      && element.type !== 'application/ld+json') found.push('<script>' + element.textContent.slice(0, 40));
                  if (element.shadowRoot) visit(element.shadowRoot);
                }
              };
              visit(document);
              return found;
            }
            """;

    private static Fixture fixture;
    private static final List<String> PAGES = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> BROKEN_STRUCTURED_DATA = Collections.synchronizedList(new ArrayList<>());
    private static int controlFired;
    private static int checks;

    @Autowired ActivityService activities;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired SignupService signups;
    @Autowired AttendanceService attendance;
    @Autowired TestClock clock;

    static List<Payload> sample() {
        return SAMPLE_STARTS.stream().map(start -> HostilePayloads.all().stream().filter(payload -> payload.text().equals(start))
                .findFirst().or(() -> HostilePayloads.all().stream().filter(payload -> payload.text().startsWith(start)).findFirst())
                .orElseThrow(() -> new IllegalStateException("No payload starts with " + start))).toList();
    }

    /**
     * Sampled payloads that do not run by themselves when served raw in a page's body: an address and
     * a template are plain text there, a lone comment opener hides what follows, and the MathML one
     * runs only after a sanitiser has parsed and serialised it (mutation XSS).
     */
    private static boolean inertInBody(Payload payload) {
        return payload.text().startsWith("javascript:") || payload.text().startsWith("${") || payload.text().equals("<!--<script>")
                || payload.text().startsWith("<math><mtext><table><mglyph>");
    }

    /** What the detector saw in one browser context. */
    private static final class Detector {
        final List<String> hits = Collections.synchronizedList(new ArrayList<>());

        static Detector install(BrowserContext context) {
            Detector detector = new Detector();
            context.exposeBinding("__xssReport", (source, args) -> {
                detector.hits.add(String.valueOf(args[0]) + " on " + source.page().url());
                return null;
            });
            context.addInitScript(DETECTOR);
            context.onRequest(request -> {
                if (request.url().contains("xss.invalid")) {
                    detector.hits.add("request:" + request.url());
                }
            });
            context.onPage(page -> watch(page, detector));
            return detector;
        }

        private static void watch(Page page, Detector detector) {
            page.onDialog(dialog -> {
                detector.hits.add("dialog:" + dialog.type() + ":" + dialog.message());
                dialog.dismiss();
            });
            page.onConsoleMessage(message -> {
                if (message.text().contains("__XSS_FIRED__")) {
                    detector.hits.add("console:" + message.text());
                }
            });
            page.onPopup(popup -> detector.hits.add("popup:" + popup.url()));
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void thePositiveControlProvesTheDetectorFiresForTheSampleServedRaw() {
        Page page = phone("sv");
        Detector detector = Detector.install(browserContext());
        Detector.watch(page, detector);
        // pages of the app's own origin serving text raw, as an injection would; without the app's
        // Content-Security-Policy, which would stop the inline handlers (checked at the end) and with them the control
        String policy = page.request().get(url("offline.html")).headers().get("content-security-policy");
        assertThat(policy).as("the app's CSP").isNotBlank();
        boolean[] underPolicy = {false};
        page.route("**/hostile-control/**", route -> {
            String which = route.request().url().replaceAll(".*/", "");
            if (!which.equals("detector") && !which.matches("\\d+")) {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(404));
                return;
            }
            String body = which.equals("detector")
                    ? "<img src=x onerror=__xss('control-img')><script>alert('control-alert')</script>"
                            + "<a id=control-link href=\"javascript:__xss('control-link')\">länk</a>"
                    : HostilePayloads.byId(Integer.parseInt(which)).text();
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                    .setHeaders(underPolicy[0] ? Map.of("Content-Security-Policy", policy) : Map.of())
                    .setBody("<!doctype html><html lang=sv><head><meta charset=utf-8><title>Kontroll</title></head><body><h1>Kontroll</h1><p>"
                            + body + "</p></body></html>"));
        });

        page.navigate(url("hostile-control/detector"));
        page.click("#control-link");
        page.waitForTimeout(500);
        assertThat(detector.hits).as("the detector's own controls: an error handler, alert, a javascript: link")
                .anyMatch(hit -> hit.startsWith("__xss:control-img")).anyMatch(hit -> hit.startsWith("alert:control-alert"))
                .anyMatch(hit -> hit.startsWith("__xss:control-link"));
        assertThat(injectedMarkup(page)).as("the markup scan sees the injected handler").isNotEmpty();
        checks += 4;

        Map<Integer, List<String>> firedBy = new LinkedHashMap<>();
        for (Payload payload : sample()) {
            detector.hits.clear();
            page.navigate(url("hostile-control/" + payload.id()));
            page.waitForLoadState(LoadState.LOAD);
            page.waitForTimeout(700);
            firedBy.put(payload.id(), List.copyOf(detector.hits));
            if (!detector.hits.isEmpty()) {
                controlFired++;
            }
            checks++;
        }
        screenshot(page, "hostile-positive-control");
        assertThat(firedBy.entrySet().stream().filter(entry -> entry.getValue().isEmpty()).map(Map.Entry::getKey).toList())
                .as("served raw, every sampled payload runs (or loads the canary) except plain text in a body: " + firedBy)
                .containsExactlyInAnyOrderElementsOf(sample().stream().filter(HostileInputBrowserTest::inertInBody).map(Payload::id).toList());

        // the second line of defence: the same control page under the app's policy runs none of its inline code
        underPolicy[0] = true;
        detector.hits.clear();
        page.navigate(url("hostile-control/detector"));
        page.click("#control-link");
        page.waitForTimeout(500);
        assertThat(detector.hits).as("under the app's Content-Security-Policy, the injected handlers are refused").isEmpty();
        checks++;
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void noSampledPayloadRunsInTheListingOrOnTheActivityPagesOfAPhone() {
        Fixture fixture = fixture();
        for (String language : List.of("ar", "sv")) {
            Page page = phone(language);
            Detector detector = Detector.install(browserContext());
            Detector.watch(page, detector);
            List<String> problems = new ArrayList<>();

            page.navigate(url("activities?municipality=" + PAJALA));
            page.waitForSelector(".activity-card");
            settle(page);
            visited(page, "listing " + language, detector, problems);
            List<String> cardTitles = page.locator(".activity-card h2").allTextContents();
            for (Fixture.Published published : fixture.published) {
                expectShown(problems, "listing " + language, cardTitles, published.title(language));
            }

            for (Fixture.Published published : fixture.published) {
                page.navigate(url("activities/" + published.activityId()));
                String where = "activity page " + language + " (payload #" + published.payload().id() + ")";
                try {
                    page.waitForSelector("#activity-title", new Page.WaitForSelectorOptions().setTimeout(15_000));
                } catch (com.microsoft.playwright.TimeoutError notShown) {
                    screenshot(page, "hostile-not-rendered-" + published.payload().id() + "-" + language);
                    problems.add(where + ": the page never showed the activity (its first HTML no longer parses as the app's page)");
                    continue;
                }
                settle(page);
                visited(page, where, detector, problems);
                expectEqual(problems, where + " title", page.locator("#activity-title").textContent(), published.title(language));
                expectEqual(problems, where + " description", page.locator(".activity-description").textContent(),
                        published.description(language));
                expectShown(problems, where + " organiser", List.of(page.locator(".activity-facts").textContent()),
                        published.organisationName());
                // the schema.org block as the browser parsed it (HostileInputModuleTest fails on a broken one; counted here)
                Object structured = page.evaluate("() => { const block = document.querySelector('script[type=\"application/ld+json\"]');"
                        + " try { return JSON.parse(block.textContent).name; } catch (e) { return null; } }");
                if (!published.title(language).equals(structured)) {
                    BROKEN_STRUCTURED_DATA.add("#" + published.payload().id() + " " + language);
                }
            }
            screenshot(page, "hostile-activity-" + language);
            assertThat(problems).as("on a phone in " + language).isEmpty();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void noSampledFirstNameRunsInTheOrganisersParticipantListOrRollCall() {
        Fixture fixture = fixture();
        Fixture.Published first = fixture.published.getFirst();
        OccurrenceView meeting = activities.signupTerms(first.activityId()).orElseThrow().comingMeetings().getFirst();
        // the leader's phone may mark people from shortly before the meeting on its day
        if (clock.instant().isBefore(meeting.startsAt().minus(Duration.ofMinutes(10)))) {
            clock.advance(Duration.between(clock.instant(), meeting.startsAt().minus(Duration.ofMinutes(10))));
        }
        Page page = phone("sv");
        Detector detector = Detector.install(browserContext());
        Detector.watch(page, detector);
        List<String> problems = new ArrayList<>();
        signIn(page, fixture.leaderEmail);

        page.navigate(url("activities/" + first.activityId()));
        page.waitForSelector("#participants-confirmed li");
        settle(page);
        visited(page, "participant list", detector, problems);
        String participants = page.locator("#participants-confirmed").textContent();
        for (Payload payload : fixture.names) {
            // names are stored without direction controls (shared.Names)
            expectShown(problems, "participant list", List.of(participants), Names.clean(payload.text()));
        }
        page.locator("#participants-panel").scrollIntoViewIfNeeded();
        screenshot(page, "hostile-participants");

        page.navigate(url("roll-call/" + meeting.id()));
        page.waitForSelector("motesplats-roll-call button[data-attendee]");
        // a walk-in typed at the door, on the leader's phone: the name is drawn by the roll call's own code
        Payload typed = fixture.names.get(1);
        page.fill("motesplats-roll-call #walk-in-name", typed.text());
        page.click("motesplats-roll-call #add-walk-in");
        page.waitForFunction("name => [...document.querySelector('motesplats-roll-call').shadowRoot.querySelectorAll('button[data-attendee^=w]')]"
                + ".some(button => button.textContent.includes(name))", typed.text().strip());
        settle(page);
        visited(page, "roll call", detector, problems);
        List<String> rollCall = page.locator("motesplats-roll-call button[data-attendee]").allTextContents();
        for (Payload payload : fixture.names) {
            expectShown(problems, "roll call", rollCall, Names.clean(payload.text()));
        }
        screenshot(page, "hostile-roll-call");

        page.navigate(url("organiser/activities"));
        page.waitForSelector("#my-activities");
        settle(page);
        visited(page, "my activities", detector, problems);
        expectShown(problems, "my activities", page.locator("#my-activities h2").allTextContents(), first.title("sv"));
        assertThat(problems).isEmpty();
    }

    /** The sample's activities end, so that other tests' listings show only their own. */
    @Test
    @org.junit.jupiter.api.Order(99)
    void theSampleActivitiesEnd() {
        if (fixture != null) {
            fixture.published.forEach(published -> SystemActor.runAsAdministrator(() -> activities.end(published.activityId())));
            assertThat(activities.findPublished(new se.motesplats.activity.ActivityFilter(null, PAJALA, Set.of(), ""),
                    SupportedLanguage.SWEDISH, 0, 50)).isEmpty();
        }
    }

    @AfterAll
    static void figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("browser.sample", SAMPLE_STARTS.size());
        figures.put("browser.sample.ids", sample().stream().map(payload -> String.valueOf(payload.id())).collect(Collectors.joining(", ")));
        figures.put("browser.pages", PAGES.size());
        figures.put("browser.checks", checks);
        figures.put("browser.fired", 0);
        figures.put("browser.control.fired", controlFired);
        figures.put("browser.schema-org-unreadable", String.join(", ", BROKEN_STRUCTURED_DATA));
        HostileReport.put(figures);
    }

    // ---- checks

    /** Lets late handlers (image errors, animations, focus, toggles) run before looking. */
    private static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(700);
    }

    private static void visited(Page page, String where, Detector detector, List<String> problems) {
        PAGES.add(where);
        checks += 2;
        if (!detector.hits.isEmpty()) {
            problems.add(where + ": the detector fired: " + detector.hits);
            detector.hits.clear();
        }
        List<String> injected = injectedMarkup(page);
        if (!injected.isEmpty()) {
            problems.add(where + ": markup from text in the page: " + injected);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> injectedMarkup(Page page) {
        return (List<String>) page.evaluate(INJECTED_MARKUP);
    }

    /** Shown as text: the payload, white space collapsed as the page shows it. */
    private static void expectShown(List<String> problems, String where, List<String> texts, String text) {
        checks++;
        String wanted = collapse(text);
        if (texts.stream().map(HostileInputBrowserTest::collapse).noneMatch(shown -> shown.contains(wanted))) {
            problems.add(where + ": does not show " + new Payload(0, text).visible());
        }
    }

    private static void expectEqual(List<String> problems, String where, String shown, String text) {
        checks++;
        if (!collapse(shown).equals(collapse(text))) {
            problems.add(where + ": shows " + new Payload(0, shown).visible() + " instead of " + new Payload(0, text).visible());
        }
    }

    private static String collapse(String text) {
        return HostileInputModuleTest.normalise(text);
    }

    // ---- what the sample is published in

    private Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(sample());
        }
        return fixture;
    }

    /**
     * One association and activity per sampled payload (name, titles, descriptions, venue), and at the
     * first activity a participant, a companion and a walk-in per sampled payload.
     */
    private final class Fixture {

        record Published(Payload payload, long activityId, String organisationName) {
            String title(String language) {
                return language.equals("ar") ? "مقهى " + payload.text() : payload.text();
            }

            String description(String language) {
                return language.equals("ar") ? "قهوة وحديث " + payload.text() : payload.text();
            }
        }

        final List<Published> published = new ArrayList<>();
        final List<Payload> names;
        final String leaderEmail;

        Fixture(List<Payload> sample) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            long coordinator = accounts.ensureAccount("hostile-browser-coordinator-" + unique + "@motesplats.test", "Cilla",
                    SupportedLanguage.SWEDISH, List.of(Roles.COORDINATOR));
            SystemActor.runAsAdministrator(() -> areas.setScope(coordinator, List.of(PAJALA)));
            LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
            String firstLeaderEmail = null;
            long firstLeader = 0;
            for (Payload payload : sample) {
                String email = "hostile-browser-leader-" + payload.id() + "-" + unique + "@motesplats.test";
                accounts.join(email, payload.text(), SupportedLanguage.SWEDISH);
                long leader = accounts.ensureAccount(email, "-", SupportedLanguage.SWEDISH, List.of());
                String organisationName = payload.text() + " #" + payload.id();
                long[] ids = new long[2];
                ModuleTestBase.runAs(leader, () -> {
                    OrganisationSummary organisation = organisations.register(new Registration(organisationName,
                            OrganisationKind.CULTURAL_ASSOCIATION, PAJALA, "kontakt-" + unique + "@motesplats.test", null));
                    ids[0] = organisation.id();
                }, Roles.PARTICIPANT);
                ModuleTestBase.runAs(coordinator, () -> organisations.verify(ids[0]), Roles.COORDINATOR);
                ModuleTestBase.runAs(leader, () -> {
                    ids[1] = activities.createDraft(new ActivityDraft(ids[0], SupportedLanguage.SWEDISH, Map.of(
                            SupportedLanguage.SWEDISH, new ActivityText(payload.text(), payload.text()),
                            SupportedLanguage.ARABIC, new ActivityText("مقهى " + payload.text(), "قهوة وحديث " + payload.text())),
                            ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                            new Venue(PAJALA, payload.text(), payload.text(), null, null, true, false), 0, false, false, null, AgeRange.ANY,
                            new ActivityPlan(true, false, true, payload.text(), 10, "NAD"),
                            Schedule.weekly(tomorrow, LocalTime.of(18, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(4))));
                    activities.submit(ids[1]);
                }, Roles.ORGANISATION_MEMBER);
                ModuleTestBase.runAs(coordinator, () -> {
                    activities.approve(ids[1]);
                    activities.publish(ids[1]);
                }, Roles.COORDINATOR);
                published.add(new Published(payload, ids[1], Names.clean(organisationName)));
                if (firstLeaderEmail == null) {
                    firstLeaderEmail = email;
                    firstLeader = leader;
                }
            }
            this.leaderEmail = firstLeaderEmail;
            this.names = sample;
            long firstActivity = published.getFirst().activityId();
            OccurrenceView meeting = activities.signupTerms(firstActivity).orElseThrow().comingMeetings()
                    .getFirst();
            for (Payload payload : sample) {
                String email = "hostile-browser-participant-" + payload.id() + "-" + unique + "@motesplats.test";
                accounts.join(email, payload.text(), SupportedLanguage.ARABIC);
                long participant = accounts.ensureAccount(email, "-", SupportedLanguage.ARABIC, List.of());
                ModuleTestBase.runAs(participant, () -> signups.signUp(firstActivity, null, List.of(new Companion(payload.text(), 8))),
                        Roles.PARTICIPANT);
            }
            ModuleTestBase.runAs(coordinator, () -> attendance.sync(sample.stream().map(payload -> new Mark(UUID.randomUUID(), meeting.id(),
                    "w" + UUID.randomUUID(), Mark.Kind.PRESENT, clock.instant(), false, payload.text())).toList()), Roles.COORDINATOR);
            assertThat(firstLeader).isPositive();
        }
    }
}
