package se.motesplats.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.ActivityDraft;
import se.motesplats.activity.ActivityPlan;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.ActivityText;
import se.motesplats.activity.AgeRange;
import se.motesplats.activity.Schedule;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.activity.Venue;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.organisation.OrganisationKind;
import se.motesplats.organisation.OrganisationRole;
import se.motesplats.organisation.OrganisationService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.Zones;

/** Published activities of a fresh verified association in Lund, for tests of what comes after publishing. */
@Component
public class PublishedActivities {

    public static final String LUND = "1281";

    private final ActivityService activities;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final Clock clock;

    PublishedActivities(ActivityService activities, OrganisationService organisations, AccountService accounts, Clock clock) {
        this.activities = activities;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A weekly meeting starting tomorrow at 18:00 for eight weeks; returns the activity's id. */
    public Published weekly(String title, @Nullable Integer capacity, boolean dropIn) {
        return weekly(title, capacity, dropIn, AgeRange.ANY);
    }

    /** The same, for the given ages. */
    public Published weekly(String title, @Nullable Integer capacity, boolean dropIn, AgeRange ages) {
        return weekly(title, capacity, dropIn, ages, LUND);
    }

    /** The same, in another municipality, for tests that need an area of their own (a coordinator's scope). */
    public Published weekly(String title, @Nullable Integer capacity, boolean dropIn, AgeRange ages, String municipality) {
        return weekly(title, capacity, dropIn, ages, municipality, LocalDate.now(clock.withZone(Zones.STOCKHOLM)).plusDays(1),
                LocalTime.of(18, 0));
    }

    /** The same, with the first meeting on the given day and time (Stockholm), e.g. within the hour for a roll call. */
    public Published weekly(String title, @Nullable Integer capacity, boolean dropIn, AgeRange ages, String municipality,
            LocalDate firstDay, LocalTime startsAt) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String leaderEmail = "leader-" + unique + "@motesplats.test";
        long leader = accounts.ensureAccount(leaderEmail, "Lena", SupportedLanguage.SWEDISH,
                List.of(Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER));
        AtomicLong organisation = new AtomicLong();
        AtomicLong activity = new AtomicLong();
        SystemActor.runAsAdministrator(() -> {
            organisation.set(organisations.add("Förening " + unique, OrganisationKind.CULTURAL_ASSOCIATION, municipality).id());
            organisations.addMember(organisation.get(), leader, OrganisationRole.LEADER);
            organisations.verify(organisation.get());
            activity.set(activities.createDraft(new ActivityDraft(organisation.get(), SupportedLanguage.SWEDISH,
                Map.of(SupportedLanguage.SWEDISH, new ActivityText(title + " " + unique, "Fika och samtal"),
                        SupportedLanguage.ARABIC, new ActivityText("مقهى " + unique, "قهوة وحديث")),
                ActivityCategory.LANGUAGE_CAFE, TargetGroup.EVERYONE, SwedishLevel.NONE, Set.of(SupportedLanguage.ARABIC),
                new Venue(municipality, "Stadsbiblioteket", "Sankt Petri kyrkogata 6", null, null, true, true), 0, false, dropIn, capacity, ages,
                new ActivityPlan(true, false, true, "Svenska i vardagen", 10, "NAD"),
                Schedule.weekly(firstDay, startsAt, 120, firstDay.getDayOfWeek(), firstDay.plusWeeks(8)))));
            activities.submit(activity.get());
            activities.approve(activity.get());
            activities.publish(activity.get());
        });
        return new Published(activity.get(), organisation.get(), leader, leaderEmail);
    }

    /** An activity the listing shows (the first in Swedish), or a new weekly café where there is none. */
    public long anyShown() {
        return activities.findPublished(se.motesplats.activity.ActivityFilter.ALL, se.motesplats.i18n.SupportedLanguage.SWEDISH, 0, 1)
                .stream().findFirst().map(card -> card.id()).orElseGet(() -> weekly("Språkcafé", null, true).activityId());
    }

    public record Published(long activityId, long organisationId, long leaderId, String leaderEmail) {
    }
}
