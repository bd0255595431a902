package se.motesplats.security.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDetail;
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
import se.motesplats.attendance.RollCallEntry;
import se.motesplats.attendance.SyncOutcome;
import se.motesplats.funding.Claim;
import se.motesplats.funding.ClaimDocuments;
import se.motesplats.funding.FundingService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.Notifications;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.organisation.OrganisationSummary;
import se.motesplats.organisation.PendingInvitation;
import se.motesplats.organisation.Registration;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.security.hostile.HostilePayloads.Payload;
import se.motesplats.shared.Names;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.signup.Companion;
import se.motesplats.signup.ReadyMessage;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;
import se.motesplats.testing.InvitationLinks;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.TestClock;
import se.motesplats.volunteering.ConcernService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every payload of the hostile input corpus goes through every free-text field that reaches other
 * people, by the real services: it must be stored and read back exactly (an association's contact
 * address instead must be refused by the e-mail address rule, with nothing stored, and names come back
 * without direction controls, {@code shared.Names}), and every output the server
 * writes as text rather than through Vaadin's text nodes must keep it inert: e-mail (HTML), the iCal
 * calendars, the JSON feed, the schema.org data in the activity page's first HTML, and the claim's
 * PDF and Excel documents. The browser half is {@link HostileInputBrowserTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputModuleTest extends ModuleTestBase {

    static final String HAPARANDA = "2583";
    private static final String MUNICIPALITY_NAME = "Haparanda";
    /** The languages a participant reads in, in turn: both directions, four scripts. */
    private static final List<SupportedLanguage> READERS = List.of(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC,
            SupportedLanguage.TIGRINYA, SupportedLanguage.PERSIAN, SupportedLanguage.UKRAINIAN);
    /** Where first names, companions, walk-ins, aliases and rooms end: 100 characters (database and rules). */
    private static final int NAME_LIMIT = 100;
    private static final Set<String> MAIL_TAGS = Set.of("html", "head", "meta", "title", "body", "p", "br");
    private static final Set<String> ICAL_EVENT_PROPERTIES = Set.of("DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "UID", "LOCATION",
            "DESCRIPTION", "URL", "STATUS");

    private static final AtomicInteger CHECKS = new AtomicInteger();
    /** The sentence of the e-mail address rule (security.EmailOrPhone), for an association's contact address too. */
    private static final String EMAIL_INVALID = "security.sign-in.email-invalid";
    /** Payloads refused as an association's contact address, with nothing stored. */
    private static final AtomicInteger CONTACTS_REFUSED = new AtomicInteger();
    private static final Set<String> FIELDS = Collections.synchronizedSet(new TreeSet<>());
    private static final Set<String> OUTPUTS = Collections.synchronizedSet(new TreeSet<>());
    /** Places where a field's value is read back a second way (lists, roll call, claim lines), not fields of their own. */
    private static final Set<String> READ_BACKS = Collections.synchronizedSet(new TreeSet<>());
    private static final Set<String> READ_BACKS_ONLY = Set.of("signup.participant.first-name", "concern.reporter.first-name",
            "funding.claim.activity-title", "funding.claim.organisation");
    private static final Map<Long, Map<SupportedLanguage, String>> PUBLISHED_TITLES = new ConcurrentHashMap<>();
    private static final Map<Long, Long> PUBLISHED_BY = new ConcurrentHashMap<>();
    private static final Map<String, String> OVERLONG = new TreeMap<>();
    private static final Map<String, List<String>> FINDINGS = new ConcurrentHashMap<>();
    private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> "");
    private static volatile long coordinator;
    private static volatile List<String> baselineShape;
    private static volatile int baselineScriptEnds;
    private static volatile String baselineHtml = "";

    @Autowired ActivityService activities;
    @Autowired se.motesplats.notification.DevelopmentOutbox outbox;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired AreaService areas;
    @Autowired SignupService signups;
    @Autowired AttendanceService attendance;
    @Autowired ConcernService concerns;
    @Autowired FundingService funding;
    @Autowired ClaimDocuments claimDocuments;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The whole corpus; {@code -Dhostile.only=4,17} runs a few payloads only, while looking into one. */
    static Stream<Payload> payloads() {
        String only = System.getProperty("hostile.only", "");
        return only.isBlank() ? HostilePayloads.all().stream()
                : java.util.Arrays.stream(only.split(",")).map(String::strip).map(Integer::parseInt).map(HostilePayloads::byId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    @Order(1)
    void everyFieldKeepsThePayloadExactlyAndEveryOutputKeepsItInert(Payload payload) throws Exception {
        String p = payload.text();
        CURRENT.set("#" + payload.id());
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long coordinatorId = coordinator();
        boolean fitsName = p.length() <= NAME_LIMIT;
        // names (first names, aliases, companions, walk-ins, organisations) are stored without direction controls
        String name = Names.clean(p);

        // the leader joins with the payload as first name and registers an association named with it
        String leaderEmail = "hostile-leader-" + unique + "@motesplats.test";
        String leaderName = fitsName ? p : "Lena";
        accounts.join(leaderEmail, leaderName, SupportedLanguage.SWEDISH);
        long leader = accounts.ensureAccount(leaderEmail, "-", SupportedLanguage.SWEDISH, List.of());
        if (fitsName) {
            check("account.first-name (joining)", accounts.firstNames(List.of(leader)).get(leader), name);
        }
        String organisationName = p + " #" + payload.id() + "-" + unique;
        String storedOrganisationName = Names.clean(organisationName);
        // the payload as contact address is refused with the e-mail rule's sentence, and nothing is stored;
        // a coordinator gets a mailto: link to the address, which must not carry ?bcc= or markup
        String hostileContact = p + "@xss.invalid";
        RuleViolation contactRefused = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class, () -> as(leader,
                () -> organisations.register(new Registration(organisationName, OrganisationKind.CULTURAL_ASSOCIATION, HAPARANDA,
                        hostileContact, null)), Roles.PARTICIPANT));
        check("organisation.contact-email (refused)", contactRefused == null ? "stored" : contactRefused.translationKey(),
                EMAIL_INVALID);
        check("organisation.contact-email (nothing stored)", jdbc.sql("""
                select count(*) from organisation where contact_email = :contact or name like :name""")
                .param("contact", hostileContact).param("name", "%#" + payload.id() + "-" + unique).query(Integer.class).single(), 0);
        CONTACTS_REFUSED.incrementAndGet();
        String contact = "contact-" + unique + "@motesplats.test";
        OrganisationSummary organisation = callAs(leader, () -> organisations.register(new Registration(organisationName,
                OrganisationKind.CULTURAL_ASSOCIATION, HAPARANDA, contact, null)), Roles.PARTICIPANT);
        check("organisation.name", organisation.name(), storedOrganisationName);
        as(coordinatorId, () -> {
            var toVerify = organisations.awaitingVerification().stream()
                    .filter(candidate -> candidate.organisation().id() == organisation.id()).findFirst().orElseThrow();
            check("organisation.name", toVerify.organisation().name(), storedOrganisationName);
            check("organisation.contact-email", toVerify.contactEmail(), contact);
            organisations.verify(organisation.id());
        }, Roles.COORDINATOR);

        // an activity with the payload in every text, in five languages, both directions
        Map<SupportedLanguage, ActivityText> texts = texts(p);
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        ActivityDraft draft = new ActivityDraft(organisation.id(), SupportedLanguage.SWEDISH, texts, ActivityCategory.LANGUAGE_CAFE,
                TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                new Venue(HAPARANDA, p, p, null, null, true, false), 0, false, false, null, AgeRange.ANY,
                new ActivityPlan(true, false, true, p, 10, "NAD"),
                Schedule.weekly(tomorrow, LocalTime.of(18, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(4)));
        long activity = callAs(leader, () -> {
            long id = activities.createDraft(draft);
            activities.submit(id);
            return id;
        }, Roles.ORGANISATION_MEMBER);
        as(leader, () -> {
            ActivityDraft stored = activities.draftOf(activity);
            texts.forEach((language, text) -> {
                check("activity.title[" + language.tag() + "]", stored.texts().get(language).title(), text.title());
                check("activity.description[" + language.tag() + "]", stored.texts().get(language).description(), text.description());
            });
            check("activity.venue.name", stored.venue().name(), p);
            check("activity.venue.address", stored.venue().address(), p);
            check("activity.plan.description", stored.plan().description(), p);
        }, Roles.ORGANISATION_MEMBER);
        as(coordinatorId, () -> activities.returnToOrganiser(activity, p), Roles.COORDINATOR);
        as(leader, () -> {
            check("activity.return-comment", activities.mine().stream().filter(summary -> summary.id() == activity).findFirst()
                    .orElseThrow().returnComment(), p);
            activities.submit(activity);
        }, Roles.ORGANISATION_MEMBER);
        as(coordinatorId, () -> {
            activities.approve(activity);
            activities.publish(activity);
        }, Roles.COORDINATOR);
        PUBLISHED_BY.put(activity, leader);
        Map<SupportedLanguage, String> titles = new LinkedHashMap<>();
        texts.forEach((language, text) -> titles.put(language, text.title()));
        PUBLISHED_TITLES.put(activity, titles);
        for (SupportedLanguage language : texts.keySet()) {
            ActivityDetail detail = activities.detail(activity, language).orElseThrow();
            check("activity.title[" + language.tag() + "]", detail.title(), texts.get(language).title());
            check("activity.description[" + language.tag() + "]", detail.description(), texts.get(language).description());
            check("organisation.name", detail.organisationName(), storedOrganisationName);
        }
        OccurrenceView meeting = activities.detail(activity, SupportedLanguage.SWEDISH).orElseThrow().comingMeetings().getFirst();

        // a participant renames herself to the payload, signs up with a companion of that name
        SupportedLanguage reader = READERS.get(payload.id() % READERS.size());
        String participantEmail = "hostile-participant-" + unique + "@motesplats.test";
        accounts.join(participantEmail, "Pat", reader);
        long participant = accounts.ensureAccount(participantEmail, "-", reader, List.of());
        String participantName;
        if (fitsName) {
            as(participant, () -> accounts.rename(p), Roles.PARTICIPANT);
            participantName = name;
            check("account.first-name (profile)", accounts.firstNames(List.of(participant)).get(participant), name);
        } else {
            as(participant, () -> refusedCleanly("account.first-name (profile)", () -> accounts.rename(p)), Roles.PARTICIPANT);
            participantName = "Pat";
        }
        List<Companion> companions = fitsName ? List.of(new Companion(p, 30)) : List.of();
        if (!fitsName) {
            refusedCleanly("signup.companion.first-name", () -> new Companion(p, 30));
        }
        var outcome = callAs(participant, () -> signups.signUp(activity, null, companions), Roles.PARTICIPANT);
        check("signup.status", outcome.status(), SignupStatus.CONFIRMED);
        as(leader, () -> {
            check("signup.participant.first-name", signups.participants(activity).stream()
                    .filter(someone -> someone.signupId() == outcome.signupId()).findFirst().orElseThrow().firstName(), participantName);
            if (fitsName) {
                check("signup.companion.first-name", signups.expectedAt(activity, meeting.id()).stream()
                        .filter(someone -> someone.signupId() == outcome.signupId()).findFirst().orElseThrow().companionNames(), List.of(name));
            }
        }, Roles.ORGANISATION_MEMBER);

        // a walk-in gives the payload as first name at the door
        Mark walkIn = new Mark(UUID.randomUUID(), meeting.id(), "w" + UUID.randomUUID(), Mark.Kind.PRESENT, clock.instant(), false, p);
        List<SyncOutcome> synced = callAs(coordinatorId, () -> attendance.sync(List.of(walkIn)), Roles.COORDINATOR);
        if (fitsName) {
            check("attendance.walk-in.first-name (stored)", synced.getFirst().result(), SyncOutcome.Result.STORED);
        } else {
            check("attendance.walk-in.first-name (refused)", synced.getFirst().reason(), "attendance.rule.walk-in-name");
        }

        // the association adds a leader by e-mail with the payload as first name (an e-mail goes out)
        String memberEmail = "hostile-member-" + unique + "@motesplats.test";
        String memberName = fitsName ? p : "Mira";
        as(leader, () -> organisations.invite(organisation.id(), memberEmail, memberName, OrganisationRole.LEADER),
                Roles.ORGANISATION_MEMBER);
        as(leader, () -> {
            if (fitsName) {
                check("organisation.invitation.first-name", organisations.pendingInvitations(organisation.id()).stream()
                        .map(PendingInvitation::firstName).toList(), List.of(name));
            }
        }, Roles.ORGANISATION_MEMBER);
        long invited = accounts.ensureAccount(memberEmail, "-", SupportedLanguage.SWEDISH, List.of());
        as(invited, () -> organisations.acceptInvitation(InvitationLinks.tokenSentTo(outbox, memberEmail)));
        as(leader, () -> {
            if (fitsName) {
                check("organisation.member.first-name", organisations.members(organisation.id()).stream()
                        .filter(member -> member.role() == OrganisationRole.LEADER).map(member -> member.firstName()).toList(), List.of(name));
            }
            List<RollCallEntry> entries = attendance.rollCall(meeting.id(), SupportedLanguage.SWEDISH).entries();
            check("roll-call.signed-up.name", names(entries, RollCallEntry.Group.SIGNED_UP), List.of(participantName));
            if (fitsName) {
                // the leader who registered the association and the one added by e-mail both carry the payload
                check("roll-call.leader.name", Set.copyOf(names(entries, RollCallEntry.Group.LEADER)), Set.of(name));
                check("roll-call.companion.name", names(entries, RollCallEntry.Group.COMPANION), List.of(name));
                check("roll-call.walk-in.name", names(entries, RollCallEntry.Group.WALK_IN), List.of(name));
            }
        }, Roles.ORGANISATION_MEMBER);

        // the leader sends the "other room" message with the payload as the room
        if (p.length() <= NAME_LIMIT) {
            int sentTo = callAs(leader, () -> signups.message(activity, meeting.id(), ReadyMessage.ROOM_CHANGED, p), Roles.ORGANISATION_MEMBER);
            check("signup.message.room (sent)", sentTo, 1);
        } else {
            as(leader, () -> refusedCleanly("signup.message.room", () -> signups.message(activity, meeting.id(), ReadyMessage.ROOM_CHANGED, p)),
                    Roles.ORGANISATION_MEMBER);
        }

        // a case officer registers a referred newcomer under the payload
        String referredEmail = "hostile-referred-" + unique + "@motesplats.test";
        if (fitsName) {
            long referred = callAs(coordinatorId, () -> accounts.registerReferred(referredEmail, p, reader), Roles.COORDINATOR);
            check("account.first-name (referral)", accounts.firstNames(List.of(referred)).get(referred), name);
        } else {
            as(coordinatorId, () -> refusedCleanly("account.first-name (referral)", () -> accounts.registerReferred(referredEmail, p, reader)),
                    Roles.COORDINATOR);
        }

        // a concern about someone, in the payload's words
        String concernText = "Beskrivning: " + p;
        as(participant, () -> concerns.report(p, concernText, HAPARANDA, false), Roles.PARTICIPANT);
        as(coordinatorId, () -> {
            var concern = concerns.open().stream().filter(open -> open.about().equals(p) && open.description().equals(concernText))
                    .findFirst();
            check("concern.about", concern.map(found -> found.about()).orElse(null), p);
            check("concern.description", concern.map(found -> found.description()).orElse(null), concernText);
            check("concern.reporter.first-name", concern.map(found -> found.reporterFirstName()).orElse(null), participantName);
            concern.ifPresent(found -> concerns.handled(found.id()));
        }, Roles.COORDINATOR);

        // protected identity: everyone else sees an alias made of the payload
        String alias = "Alias " + p;
        if (alias.length() <= NAME_LIMIT) {
            SystemActor.runAsAdministrator(() -> accounts.protectIdentity(participant, alias));
            as(leader, () -> check("account.alias", signups.participants(activity).stream()
                    .filter(someone -> someone.signupId() == outcome.signupId()).findFirst().orElseThrow().firstName(), Names.clean(alias)),
                    Roles.ORGANISATION_MEMBER);
        }

        // a claim, rejected with the payload as the reason; its PDF and Excel carry title and reason
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        long claimId = callAs(leader, () -> funding.submit(organisation.id(), today.minusDays(7), today.minusDays(1)),
                Roles.ORGANISATION_MEMBER);
        as(coordinatorId, () -> funding.reject(claimId, p), Roles.COORDINATOR);
        Claim claim = callAs(leader, () -> funding.claimsOf(organisation.id()), Roles.ORGANISATION_MEMBER).stream()
                .filter(found -> found.id() == claimId).findFirst().orElseThrow();
        check("funding.claim.comment", claim.decisionComment(), p);
        check("funding.claim.activity-title", claim.lines().getFirst().activityTitle(), p);
        check("funding.claim.organisation", claim.organisationName(), storedOrganisationName);
        checkClaimDocuments(claim, p);

        // what went out by e-mail: the HTML escapes it, the headers hold one line each
        while (notifications.sendDue() > 0) {
            // everything queued, other tests' notices too
        }
        List<Map<String, Object>> toParticipant = mails(participantEmail);
        CHECKS.incrementAndGet();
        if (toParticipant.size() < (p.length() <= NAME_LIMIT ? 2 : 1)) {
            finding("mail", "mail.participant (count): the place and the room message expected, got "
                    + toParticipant.stream().map(mail -> mail.get("subject")).toList());
        }
        toParticipant.forEach(mail -> checkMail(mail, p));
        List<Map<String, Object>> toMember = mails(memberEmail);
        check("mail.member (count)", toMember.size(), 1);
        // to the member: their name, the leader's and the association's, all names
        toMember.forEach(mail -> checkMail(mail, name));

        // the activity page's first HTML, its calendars
        for (SupportedLanguage language : List.of(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC, SupportedLanguage.TIGRINYA)) {
            checkActivityPage(activity, language, texts.get(language), storedOrganisationName, p);
            checkCalendar("/ical/activities/" + activity + ".ics?lang=" + language.tag(), texts.get(language), p,
                    activities.detail(activity, language).orElseThrow().comingMeetings().size());
        }
        checkCalendar("/ical/organisations/" + organisation.id() + ".ics?lang=uk", texts.get(SupportedLanguage.UKRAINIAN), p,
                activities.detail(activity, SupportedLanguage.UKRAINIAN).orElseThrow().comingMeetings().size());
    }

    @Test
    @Order(2)
    void theJsonFeedCarriesEveryTitleAsDataOnly() throws Exception {
        assertThat(PUBLISHED_TITLES).as("the payloads' activities (run with the parameterized test)").isNotEmpty();
        for (SupportedLanguage language : List.of(SupportedLanguage.SWEDISH, SupportedLanguage.ARABIC, SupportedLanguage.PERSIAN)) {
            Map<Long, String> seen = new LinkedHashMap<>();
            for (int page = 0; ; page++) {
                HttpResponse<String> response = get("/api/public/activities?municipality=" + HAPARANDA + "&size=100&page=" + page
                        + "&lang=" + language.tag(), null);
                check("json.status", response.statusCode(), 200);
                check("json.content-type", response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), true);
                check("json.nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), "nosniff");
                JsonNode body = json.readTree(response.body());
                body.get("activities").forEach(card -> seen.put(card.get("id").asLong(), card.get("title").asString()));
                if (!body.get("hasMore").asBoolean()) {
                    break;
                }
            }
            PUBLISHED_TITLES.forEach((activity, titles) -> {
                CURRENT.set("activity " + activity);
                check("json.title[" + language.tag() + "]", seen.get(activity), titles.get(language));
            });
        }
        OUTPUTS.add("json-feed");
        assertNoFindings("json", "the JSON feed serves every title as a JSON string, exactly, with nosniff");
    }

    @Test
    @Order(3)
    void overLongValuesAreRefusedAndNeverCutShort() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long coordinatorId = coordinator();
        String leaderEmail = "hostile-overlong-" + unique + "@motesplats.test";
        accounts.join(leaderEmail, "Lena", SupportedLanguage.SWEDISH);
        long leader = accounts.ensureAccount(leaderEmail, "-", SupportedLanguage.SWEDISH, List.of());
        OrganisationSummary organisation = callAs(leader, () -> organisations.register(new Registration("Långa fältens förening " + unique,
                OrganisationKind.OTHER, HAPARANDA, "lang-" + unique + "@motesplats.test", null)), Roles.PARTICIPANT);
        as(coordinatorId, () -> organisations.verify(organisation.id()), Roles.COORDINATOR);
        Map<SupportedLanguage, ActivityText> fine = Map.of(SupportedLanguage.SWEDISH, new ActivityText("Långa fält " + unique, "Fika"));
        Venue fineVenue = new Venue(HAPARANDA, "Biblioteket", "Storgatan 1", null, null, true, false);
        ActivityPlan finePlan = new ActivityPlan(true, false, false, "Svenska", 5, "NAD");
        long activity = callAs(leader, () -> {
            long id = activities.createDraft(draft(organisation.id(), fine, fineVenue, finePlan));
            activities.submit(id);
            return id;
        }, Roles.ORGANISATION_MEMBER);

        String payload = "<img src=x onerror=__xss(0)>";
        String overName = repeat(payload, NAME_LIMIT + 1);
        String overTitle = repeat(payload, 201);
        String overAddress = repeat(payload, 301);
        String overComment = repeat(payload, 1001);
        String overText = repeat("ሰላም " + payload, 70_000);
        java.util.function.Function<ActivityDraft, ActivityDraft> stored = posted -> callAs(leader,
                () -> activities.draftOf(activities.createDraft(posted)), Roles.ORGANISATION_MEMBER);

        overlong("activity.title", overTitle, () -> stored.apply(draft(organisation.id(),
                Map.of(SupportedLanguage.SWEDISH, new ActivityText(overTitle, "Fika")), fineVenue, finePlan))
                .texts().get(SupportedLanguage.SWEDISH).title());
        overlong("activity.description", overText, () -> stored.apply(draft(organisation.id(),
                Map.of(SupportedLanguage.SWEDISH, new ActivityText("Lång text " + unique, overText)), fineVenue, finePlan))
                .texts().get(SupportedLanguage.SWEDISH).description());
        overlong("activity.venue.name", overTitle, () -> stored.apply(draft(organisation.id(), fine,
                new Venue(HAPARANDA, overTitle, "Storgatan 1", null, null, true, false), finePlan)).venue().name());
        overlong("activity.venue.address", overAddress, () -> stored.apply(draft(organisation.id(), fine,
                new Venue(HAPARANDA, "Biblioteket", overAddress, null, null, true, false), finePlan)).venue().address());
        overlong("activity.plan.description", overText, () -> stored.apply(draft(organisation.id(), fine, fineVenue,
                new ActivityPlan(true, false, false, overText, 5, "NAD"))).plan().description());
        overlong("activity.return-comment", overComment, () -> {
            as(coordinatorId, () -> activities.returnToOrganiser(activity, overComment), Roles.COORDINATOR);
            return callAs(leader, () -> activities.mine().stream().filter(summary -> summary.id() == activity).findFirst()
                    .orElseThrow().returnComment(), Roles.ORGANISATION_MEMBER);
        });
        overlong("organisation.name", overTitle, () -> callAs(leader, () -> organisations.register(new Registration(overTitle,
                OrganisationKind.OTHER, HAPARANDA, "x@motesplats.test", null)), Roles.ORGANISATION_MEMBER).name());
        String overContact = repeat(payload, 255) + "@x";
        overlong("organisation.contact-email", overContact, () -> {
            long id = callAs(leader, () -> organisations.register(new Registration("Kontakt " + unique, OrganisationKind.OTHER,
                    HAPARANDA, overContact, null)), Roles.ORGANISATION_MEMBER).id();
            return callAs(coordinatorId, () -> organisations.awaitingVerification().stream()
                    .filter(candidate -> candidate.organisation().id() == id).findFirst().orElseThrow().contactEmail(), Roles.COORDINATOR);
        });
        String joinEmail = "hostile-overlong-join-" + unique + "@motesplats.test";
        overlong("account.first-name (joining)", overName, () -> {
            accounts.join(joinEmail, overName, SupportedLanguage.ARABIC);
            long id = accounts.ensureAccount(joinEmail, "-", SupportedLanguage.ARABIC, List.of());
            return accounts.firstNames(List.of(id)).get(id);
        });
        overlong("account.first-name (profile)", overName, () -> {
            as(leader, () -> accounts.rename(overName), Roles.ORGANISATION_MEMBER);
            return accounts.firstNames(List.of(leader)).get(leader);
        });
        String referredEmail = "hostile-overlong-referred-" + unique + "@motesplats.test";
        overlong("account.first-name (referral)", overName, () -> {
            long id = callAs(coordinatorId, () -> accounts.registerReferred(referredEmail, overName, SupportedLanguage.ARABIC),
                    Roles.COORDINATOR);
            return accounts.firstNames(List.of(id)).get(id);
        });
        String memberEmail = "hostile-overlong-member-" + unique + "@motesplats.test";
        overlong("organisation.member.first-name", overName, () -> {
            as(leader, () -> organisations.invite(organisation.id(), memberEmail, overName, OrganisationRole.LEADER),
                    Roles.ORGANISATION_MEMBER);
            long id = accounts.ensureAccount(memberEmail, "-", SupportedLanguage.SWEDISH, List.of());
            return accounts.firstNames(List.of(id)).get(id);
        });
        overlong("account.alias", overName, () -> {
            SystemActor.runAsAdministrator(() -> accounts.protectIdentity(leader, overName));
            return accounts.firstNames(List.of(leader)).get(leader);
        });
        overlong("signup.companion.first-name", overName, () -> new Companion(overName, 9).firstName());
        overlong("concern.about", overTitle, () -> {
            as(leader, () -> concerns.report(overTitle, "x", HAPARANDA, true), Roles.ORGANISATION_MEMBER);
            return overTitle;
        });
        overlong("concern.description", overText, () -> {
            as(leader, () -> concerns.report("Långt", overText, HAPARANDA, true), Roles.ORGANISATION_MEMBER);
            return overText;
        });
        as(leader, () -> {
            if (activities.mine().stream().anyMatch(summary -> summary.id() == activity
                    && summary.status() == se.motesplats.activity.ActivityStatus.RETURNED)) {
                activities.submit(activity);
            }
        }, Roles.ORGANISATION_MEMBER);
        as(coordinatorId, () -> {
            activities.approve(activity);
            activities.publish(activity);
        }, Roles.COORDINATOR);
        OccurrenceView meeting = activities.detail(activity, SupportedLanguage.SWEDISH).orElseThrow().comingMeetings().getFirst();
        overlong("signup.message.room", overName, () -> {
            as(leader, () -> signups.message(activity, meeting.id(), ReadyMessage.ROOM_CHANGED, overName), Roles.ORGANISATION_MEMBER);
            return overName;
        });
        List<SyncOutcome> walkIn = callAs(coordinatorId, () -> attendance.sync(List.of(new Mark(UUID.randomUUID(), meeting.id(),
                "w" + UUID.randomUUID(), Mark.Kind.PRESENT, clock.instant(), false, overName))), Roles.COORDINATOR);
        check("attendance.walk-in.first-name (over-long)", walkIn.getFirst().reason(), "attendance.rule.walk-in-name");
        OVERLONG.put("attendance.walk-in.first-name", "rule");
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        long claimId = callAs(leader, () -> funding.submit(organisation.id(), today.minusDays(30), today.minusDays(20)), Roles.ORGANISATION_MEMBER);
        overlong("funding.claim.comment", overComment, () -> {
            as(coordinatorId, () -> funding.reject(claimId, overComment), Roles.COORDINATOR);
            return callAs(leader, () -> funding.claimsOf(organisation.id()), Roles.ORGANISATION_MEMBER).stream()
                    .filter(found -> found.id() == claimId).findFirst().orElseThrow().decisionComment();
        });
        as(coordinatorId, () -> activities.end(activity), Roles.COORDINATOR);
        assertThat(OVERLONG).as("nothing is cut short or refused for another reason").allSatisfy((field, outcome) ->
                assertThat(outcome).as(field).isIn("rule", "database", "stored-whole"));
        // Known gaps, reported (docs/security.md prints overlong.refused-by-database-only): no rule holds these
        // fields' length, so the database refuses what is too long and the view shows its unexpected-error page
        // instead of a message. The list must shrink as rules come; a field that loses its rule fails here too.
        assertThat(OVERLONG.entrySet().stream().filter(entry -> entry.getValue().equals("database")).map(Map.Entry::getKey).toList())
                .as("fields whose length only the database limits (add a RuleViolation in the service, then remove it here)")
                .containsExactlyInAnyOrderElementsOf(UNGUARDED_LENGTHS);
    }

    /** Fields whose length only the database limits; empty since every field got its rule (shared.TextLimits). */
    private static final List<String> UNGUARDED_LENGTHS = List.of();

    private ActivityDraft draft(long organisationId, Map<SupportedLanguage, ActivityText> texts, Venue venue, ActivityPlan plan) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
        return new ActivityDraft(organisationId, SupportedLanguage.SWEDISH, texts, ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE,
                SwedishLevel.NONE, Set.of(), venue, 0, false, false, null, AgeRange.ANY, plan,
                Schedule.weekly(tomorrow, LocalTime.of(18, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(2)));
    }

    @Test
    @Order(4)
    void eMailShowsEveryTextAsTextInItsHtml() {
        assertNoFindings("mail", "e-mail HTML has only the template's elements and attributes and shows the text as text");
    }

    @Test
    @Order(4)
    void theActivityPagesFirstHtmlCarriesNoTextAsMarkup() {
        assertNoFindings("page", "the activity page's first HTML (schema.org data) keeps organisers' text out of the markup:"
                + " same elements as a harmless page, valid JSON, no '<' of the text in the HTML");
    }

    @Test
    @Order(4)
    void theCalendarsKeepEveryTextInsideItsOwnProperty() {
        assertNoFindings("ical", "the iCal feeds hold each text in its own property: CRLF line ends only, no control characters");
    }

    @Test
    @Order(4)
    void theClaimDocumentsHoldTheTextAsText() {
        assertNoFindings("claim", "the claim's PDF has no script or links and its Excel sheet holds titles as text, never formulas");
    }

    @Test
    @Order(9)
    void thePayloadsActivitiesEndSoThatOtherTestsListingsStayTheirOwn() {
        PUBLISHED_BY.forEach((activity, leader) -> as(leader, () -> activities.end(activity), Roles.ORGANISATION_MEMBER));
        PUBLISHED_BY.clear();
    }

    @AfterAll
    static void figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("payloads", HostilePayloads.all().size());
        figures.put("fields", FIELDS.size());
        figures.put("fields.list", String.join(", ", FIELDS));
        figures.put("read-backs", READ_BACKS.size());
        figures.put("read-backs.list", String.join(", ", READ_BACKS));
        figures.put("outputs", OUTPUTS.size());
        figures.put("outputs.list", String.join(", ", OUTPUTS));
        figures.put("checks", CHECKS.get());
        figures.put("findings", FINDINGS.values().stream().mapToInt(List::size).sum());
        for (String output : List.of("page", "ical", "mail", "json", "claim")) {
            figures.put("findings." + output, FINDINGS.getOrDefault(output, List.of()).size());
        }
        figures.put("contact-email.refused", CONTACTS_REFUSED.get());
        figures.put("overlong.fields", OVERLONG.size());
        figures.put("overlong.refused-by-rule", OVERLONG.values().stream().filter("rule"::equals).count());
        figures.put("overlong.refused-by-database-only", OVERLONG.entrySet().stream().filter(entry -> entry.getValue().equals("database"))
                .map(Map.Entry::getKey).collect(Collectors.joining(", ")));
        HostileReport.put(figures);
    }

    // ---- fields

    private static Map<SupportedLanguage, ActivityText> texts(String p) {
        Map<SupportedLanguage, ActivityText> texts = new LinkedHashMap<>();
        texts.put(SupportedLanguage.SWEDISH, new ActivityText(p, p));
        texts.put(SupportedLanguage.ARABIC, new ActivityText("مقهى " + p, "قهوة وحديث " + p));
        texts.put(SupportedLanguage.TIGRINYA, new ActivityText("ቡና " + p, "ቡናን ዕላልን " + p));
        texts.put(SupportedLanguage.PERSIAN, new ActivityText("کافه " + p, "قهوه و گفتگو " + p));
        texts.put(SupportedLanguage.UKRAINIAN, new ActivityText("Кафе " + p, "Кава і розмова " + p));
        return texts;
    }

    private long coordinator() {
        if (coordinator == 0) {
            long id = accounts.ensureAccount("hostile-coordinator@motesplats.test", "Cilla", SupportedLanguage.SWEDISH,
                    List.of(Roles.COORDINATOR));
            SystemActor.runAsAdministrator(() -> areas.setScope(id, List.of(HAPARANDA)));
            coordinator = id;
        }
        return coordinator;
    }

    private static List<String> names(List<RollCallEntry> entries, RollCallEntry.Group group) {
        return entries.stream().filter(entry -> entry.group() == group).map(RollCallEntry::name).toList();
    }

    /**
     * A field's value must come back exactly (asserted at once). A check of an output (labels starting
     * with {@code mail.}, {@code page.}, {@code ical.}, {@code claim.}, {@code json.}) is recorded instead,
     * so that one defect in an output fails that output's own test once, listing every payload it let
     * through, rather than every payload's test.
     */
    private static void check(String field, @org.jspecify.annotations.Nullable Object actual, @org.jspecify.annotations.Nullable Object expected) {
        CHECKS.incrementAndGet();
        String output = field.substring(0, Math.max(field.indexOf('.'), 0));
        if (Set.of("mail", "page", "ical", "claim", "json").contains(output)) {
            if (!java.util.Objects.equals(actual, expected)) {
                FINDINGS.computeIfAbsent(output, key -> Collections.synchronizedList(new ArrayList<>()))
                        .add(CURRENT.get() + " " + field + ": expected <" + shorten(expected) + "> but was <" + shorten(actual) + ">");
            }
            return;
        }
        String name = field.replaceAll(" \\((stored|sent|refused|nothing stored|over-long)\\)$", "");
        if (name.startsWith("roll-call.") || READ_BACKS_ONLY.contains(name)) {
            READ_BACKS.add(name);
        } else if (!name.startsWith("signup.status")) {
            FIELDS.add(name);
        }
        assertThat(actual).as(field).isEqualTo(expected);
    }

    private static void finding(String output, String what) {
        CHECKS.incrementAndGet();
        FINDINGS.computeIfAbsent(output, key -> Collections.synchronizedList(new ArrayList<>())).add(CURRENT.get() + " " + what);
    }

    private static String shorten(@org.jspecify.annotations.Nullable Object value) {
        String text = new HostilePayloads.Payload(0, String.valueOf(value)).visible();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Fails with the findings of one output grouped by what went wrong: which payloads, and the first example of each. */
    private static void assertNoFindings(String output, String because) {
        List<String> found = List.copyOf(FINDINGS.getOrDefault(output, List.of()));
        if (found.isEmpty()) {
            return;
        }
        Map<String, List<String>> byKind = new TreeMap<>();
        for (String finding : found) {
            String kind = finding.replaceFirst("^\\S+ ", "").replaceFirst(":.*", "").replaceAll(" \\((sv|ar|ti|fa|uk)\\)", "");
            byKind.computeIfAbsent(kind, key -> new ArrayList<>()).add(finding);
        }
        StringBuilder report = new StringBuilder(because + ": " + found.size() + " findings (payload numbers: lines of"
                + " src/test/resources/hostile/xss-payloads.txt without comments)");
        byKind.forEach((kind, findings) -> report.append("\n- ").append(kind).append(": payloads ")
                .append(findings.stream().map(finding -> finding.replaceFirst(" .*", "")).distinct().collect(Collectors.joining(" ")))
                .append("\n  e.g. ").append(findings.getFirst()));
        org.junit.jupiter.api.Assertions.fail(report.toString());
    }

    private static void refusedCleanly(String field, Runnable work) {
        CHECKS.incrementAndGet();
        assertThatThrownBy(work::run).as(field + " over its limit").isInstanceOf(RuleViolation.class);
    }

    /** The text repeated to exactly this length, ending in a visible character (fields strip white space). */
    private static String repeat(String text, int length) {
        StringBuilder built = new StringBuilder();
        while (built.length() < length) {
            built.append(text);
        }
        built.setLength(length);
        if (Character.isWhitespace(built.charAt(length - 1))) {
            built.setCharAt(length - 1, 'x');
        }
        return built.toString();
    }

    // ---- over-long values

    /**
     * Pushes a value longer than the field holds and reads back what was stored. Refused by a rule
     * (the view shows a translated message) is clean; refused by the database (the view would show
     * its unexpected-error page and log a stack trace) is recorded for the report; stored is fine
     * only when it reads back whole, never cut short.
     */
    private static void overlong(String field, String value, Supplier<@org.jspecify.annotations.Nullable String> pushAndReadBack) {
        CHECKS.incrementAndGet();
        String stored;
        try {
            stored = pushAndReadBack.get();
        } catch (RuleViolation refused) {
            OVERLONG.put(field, "rule");
            return;
        } catch (RuntimeException refused) {
            assertThat(databaseRefusal(refused)).as(field + ": refused by something other than a rule or the database: " + refused)
                    .isTrue();
            OVERLONG.put(field, "database");
            return;
        }
        OVERLONG.put(field, value.equals(stored) ? "stored-whole"
                : "cut-short(" + value.length() + "->" + (stored == null ? "null" : stored.length()) + ")");
    }

    private static boolean databaseRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof org.springframework.dao.DataAccessException
                    || cause instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
        }
        return false;
    }

    // ---- e-mail

    private List<Map<String, Object>> mails(String recipient) {
        return jdbc.sql("select subject, text_body, html_body from outbox_message where recipient = ? order by id")
                .param(recipient).query().listOfRows();
    }

    private static void checkMail(Map<String, Object> mail, String p) {
        OUTPUTS.add("e-mail");
        String subject = (String) mail.get("subject");
        String html = (String) mail.get("html_body");
        // line breaks may stay in the subject: SMTP folds them into one header (HostileMailHeadersTest)
        check("mail.subject carries it", normalise(subject).contains(normalise(p)), true);
        Document document = Jsoup.parse(html);
        List<String> unexpected = document.getAllElements().stream()
                .filter(element -> !element.tagName().equals("#root") && !MAIL_TAGS.contains(element.tagName()))
                .map(Element::outerHtml).toList();
        check("mail.html only the template's elements", unexpected, List.of());
        List<String> attributes = document.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream().map(attribute -> element.tagName() + "@" + attribute.getKey()))
                .filter(attribute -> !Set.of("html@lang", "html@dir", "meta@charset", "body@style").contains(attribute)).toList();
        check("mail.html only the template's attributes", attributes, List.of());
        String shown = normalise(document.body().text());
        check("mail.html shows the text as text", shown.contains(normalise(p)) || !normalise(p).isEmpty() && shownInParts(shown, p), true);
        check("mail.text carries it", normalise((String) mail.get("text_body")).contains(normalise(p)), true);
    }

    /** The text part of a mail: a paragraph break in the payload splits it into two paragraphs. */
    private static boolean shownInParts(String shown, String p) {
        return java.util.Arrays.stream(p.split("\\n\\s*\\n")).map(HostileInputModuleTest::normalise).allMatch(shown::contains);
    }

    /** White space of any kind as one space; NUL and its replacement character dropped (HTML parsers drop NUL). */
    static String normalise(String text) {
        StringBuilder normalised = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || c == '\uFFFD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && !normalised.isEmpty()) {
                    normalised.append(' ');
                }
                space = false;
                normalised.append(c);
            }
        }
        return normalised.toString();
    }

    // ---- the activity page's first HTML (schema.org data)

    private HttpResponse<String> get(String path, @org.jspecify.annotations.Nullable String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void checkActivityPage(long activity, SupportedLanguage language, ActivityText text, String organisationName, String p)
            throws Exception {
        OUTPUTS.add("activity-page-html");
        HttpResponse<String> response = get("/activities/" + activity, language.tag());
        check("page.status", response.statusCode(), 200);
        String html = response.body();
        Document page = Jsoup.parse(html);
        List<Element> structured = page.select("script[type=application/ld+json]");
        check("page.schema-org (one block)", structured.size(), 1);
        String data = structured.getFirst().dataNodes().stream().map(DataNode::getWholeData).collect(Collectors.joining());
        JsonNode event = null;
        try {
            event = json.readTree(data);
        } catch (RuntimeException notJson) {
            java.nio.file.Path kept = java.nio.file.Path.of("target", "security-report", "hostile-page-" + CURRENT.get().substring(1)
                    + "-" + language.tag() + ".html");
            java.nio.file.Files.createDirectories(kept.getParent());
            java.nio.file.Files.writeString(kept, html);
            finding("page", "page.schema-org (" + language.tag() + ") is no longer JSON: the text changed how the page's HTML parses,"
                    + " the data block runs on into the rest of the page (kept in " + kept + ")");
        }
        if (event != null) {
            check("page.schema-org.name", event.get("name").asString(), text.title());
            check("page.schema-org.description", event.get("description").asString(), text.description());
            check("page.schema-org.organizer", event.get("organizer").get("name").asString(), organisationName);
            check("page.schema-org.location", event.get("location").get("name").asString(), p);
            check("page.schema-org.address", event.get("location").get("address").get("streetAddress").asString(), p);
        }
        // nothing of the text became markup: outside the first paint the page has exactly the elements and attributes
        // of a harmless one; the first paint (the page's content as plain HTML, shaped by the activity's facts) holds
        // only the elements and attributes it is built from
        check("page.shape", shape(page), baselineShape());
        Element firstPaint = page.getElementById("first-paint");
        if (firstPaint != null) {
            check("page.first-paint markup", foreignMarkup(firstPaint), List.of());
        }
        check("page.script-ends", count(html.toLowerCase(java.util.Locale.ROOT), "</script"), baselineScriptEnds);
        // and the text is not in the HTML as markup at all, inside the data block or anywhere else
        check("page.raw markup of the text", rawMarkupOf(html, p, baselineHtml), List.of());
    }

    /**
     * Pieces of the payload that open markup ({@code <x}, {@code </x}, {@code <!}, {@code <?}) and occur in
     * the page more often than in a harmless activity's page: the text reached the HTML as markup
     * characters, inside the data block or anywhere else.
     */
    private static List<String> rawMarkupOf(String html, String p, String baseline) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<[/!?]?[A-Za-z!?]").matcher(p);
        while (tag.find()) {
            String piece = p.substring(tag.start(), Math.min(p.length(), tag.start() + 8));
            if (count(html, piece) > count(baseline, piece) && !found.contains(piece)) {
                found.add(piece);
            }
        }
        return found;
    }

    private List<String> baselineShape() throws Exception {
        if (baselineShape == null) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            String email = "hostile-baseline-" + unique + "@motesplats.test";
            accounts.join(email, "Lena", SupportedLanguage.SWEDISH);
            long leader = accounts.ensureAccount(email, "-", SupportedLanguage.SWEDISH, List.of());
            OrganisationSummary organisation = callAs(leader, () -> organisations.register(new Registration("Ofarliga föreningen " + unique,
                    OrganisationKind.OTHER, HAPARANDA, email, null)), Roles.PARTICIPANT);
            LocalDate tomorrow = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1);
            long activity = callAs(leader, () -> activities.createDraft(new ActivityDraft(organisation.id(), SupportedLanguage.SWEDISH,
                    texts("Språkkafé " + unique), ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE, SwedishLevel.NONE,
                    Set.of(SupportedLanguage.ARABIC), new Venue(HAPARANDA, "Biblioteket", "Storgatan 1", null, null, true, false), 0, false,
                    false, null, AgeRange.ANY, new ActivityPlan(true, false, true, "Svenska", 10, "NAD"),
                    Schedule.weekly(tomorrow, LocalTime.of(18, 0), 120, tomorrow.getDayOfWeek(), tomorrow.plusWeeks(4)))),
                    Roles.ORGANISATION_MEMBER);
            as(leader, () -> activities.submit(activity), Roles.ORGANISATION_MEMBER);
            as(coordinator(), () -> {
                organisations.verify(organisation.id());
                activities.approve(activity);
                activities.publish(activity);
            }, Roles.COORDINATOR);
            String html = get("/activities/" + activity, "sv").body();
            baselineScriptEnds = count(html.toLowerCase(java.util.Locale.ROOT), "</script");
            baselineHtml = html;
            baselineShape = shape(Jsoup.parse(html));
            as(coordinator(), () -> activities.end(activity), Roles.COORDINATOR);
        }
        return baselineShape;
    }

    /**
     * Each element's name and its attributes' names, in document order, outside the first paint: what markup a text
     * could add or swallow.
     */
    private static List<String> shape(Document page) {
        Document copy = page.clone();
        Element firstPaint = copy.getElementById("first-paint");
        if (firstPaint != null) {
            firstPaint.remove();
        }
        return copy.getAllElements().stream().map(element -> element.tagName() + element.attributes().asList().stream()
                .map(attribute -> attribute.getKey()).sorted().collect(Collectors.joining(",", "[", "]"))).toList();
    }

    /** The first paint's elements and attributes that its code does not write: a text that became markup. */
    private static List<String> foreignMarkup(Element firstPaint) {
        Set<String> tags = Set.of("div", "header", "main", "a", "form", "h1", "h2", "input", "label", "ul", "li", "p", "span",
                "details", "summary");
        Set<String> attributes = Set.of("id", "class", "action", "aria-hidden", "aria-label", "href", "lang", "dir", "method",
                "name", "role", "type", "value", "data-live");
        List<String> foreign = new ArrayList<>();
        for (Element element : firstPaint.getAllElements()) {
            if (!tags.contains(element.tagName())) {
                foreign.add(element.tagName());
            }
            element.attributes().asList().stream().map(attribute -> attribute.getKey())
                    .filter(name -> !attributes.contains(name) && !name.startsWith("aria-")).forEach(foreign::add);
            String href = element.attr("href").strip().toLowerCase(java.util.Locale.ROOT);
            if (href.startsWith("javascript:") || href.startsWith("data:")) {
                foreign.add("href=" + href);
            }
        }
        return foreign;
    }

    private static int count(String text, String piece) {
        int count = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            count++;
        }
        return count;
    }

    // ---- calendars

    private void checkCalendar(String path, ActivityText text, String p, int meetings) throws Exception {
        OUTPUTS.add("ical");
        HttpResponse<String> response = get(path, null);
        check("ical.status", response.statusCode(), 200);
        String body = response.body();
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(body));
        } catch (net.fortuna.ical4j.data.ParserException | RuntimeException unreadable) {
            finding("ical", "ical is unreadable: " + unreadable);
            return;
        }
        List<VEvent> events = calendar.getComponents("VEVENT");
        check("ical.events (count)", events.size(), meetings);
        check("ical.only events", calendar.getComponents().stream().map(component -> component.getName()).distinct().toList(),
                List.of("VEVENT"));
        for (VEvent event : events) {
            // iCal TEXT has one way to say "new line" (\n): a CRLF in the text reads back as LF
            check("ical.summary", event.getSummary().getValue(), asIcalText(text.title()));
            check("ical.description", event.getDescription().getValue(), asIcalText(text.description()));
            check("ical.location", event.getLocation().getValue(), asIcalText(p + ", " + p + ", " + MUNICIPALITY_NAME));
            check("ical.properties", event.getProperties().stream().map(Property::getName).filter(name -> !ICAL_EVENT_PROPERTIES.contains(name))
                    .toList(), List.of());
        }
        // RFC 5545: content lines end with CRLF, and TEXT holds no control characters; a lone CR or LF
        // starts a new line (a new property) for many calendar programs
        check("ical.lines end with CRLF only", List.of(body.split("\r\n", -1)).stream()
                .filter(line -> line.contains("\r") || line.contains("\n")).toList(), List.of());
        check("ical.no control characters", body.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' && c != '\t' || c == 0x7F)
                .mapToObj(c -> String.format("U+%04X", c)).distinct().toList(), List.of());
    }

    /** What the feed promises to keep of a text: its lines (a lone CR ends one too), no other control characters. */
    private static String asIcalText(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }

    // ---- claim documents

    private void checkClaimDocuments(Claim claim, String p) throws Exception {
        OUTPUTS.add("claim-pdf");
        OUTPUTS.add("claim-excel");
        byte[] pdf = claimDocuments.pdf(claim);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        check("claim.pdf is a PDF", raw.startsWith("%PDF-"), true);
        check("claim.pdf has no script", raw.contains("/JavaScript") || raw.contains("/JS") || raw.contains("/Launch")
                || raw.contains("/URI"), false);
        try (org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf)) {
            check("claim.pdf one page or more", reader.getNumberOfPages() >= 1, true);
        }
        byte[] excel = claimDocuments.excel(claim);
        Map<String, String> parts = unzip(excel);
        String sheet = parts.entrySet().stream().filter(entry -> entry.getKey().startsWith("xl/worksheets/")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        check("claim.excel formulas (only the total)", count(sheet, "<f>") + count(sheet, "<f "), 1);
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        check("claim.excel text is XML-escaped", strings.contains(p) && (p.contains("<") || p.contains("&")), false);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new ByteArrayInputStream(excel))) {
            Map<Integer, org.dhatim.fastexcel.reader.Row> rows = new java.util.HashMap<>();
            workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum(), row));
            // XML 1.0 cannot hold NUL and most other control characters: the sheet leaves them out
            check("claim.excel title", rows.get(5).getCellText(0), p.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
            check("claim.excel title is not a formula", rows.get(5).getCell(0).getFormula(), null);
        }
    }

    /** The parts of an Office file, read by its central directory (fastexcel streams entries with data descriptors). */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hostile-claim", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(archive.entries())) {
                    parts.put(entry.getName(), new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return parts;
    }

}
