package se.motesplats.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.motesplats.activity.ActivityService;
import se.motesplats.funding.FundingService;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.Zones;

/**
 * One funding claim waiting for the coordinator: the sewing circle's association claims the weeks
 * up to yesterday, computed from the demo's roll calls like any claim (the evening its leader was
 * away does not count). The other associations are left for trying a claim; the language café shows
 * why walk-ins known only by a first name are never paid for: nobody can tell they came three times.
 * Loaded once: an association that has a claim already gets none.
 */
@Component
@Profile("demo")
class DemoFunding {

    static final String CLAIMING_ACTIVITY = "Syjunta för kvinnor";

    private final FundingService funding;
    private final ActivityService activities;
    private final Clock clock;

    DemoFunding(FundingService funding, ActivityService activities, Clock clock) {
        this.funding = funding;
        this.activities = activities;
        this.clock = clock;
    }

    void load(long activityId, SignedInPerson organiser) {
        long organisationId = activities.organisationOf(activityId).orElseThrow();
        DemoActor.run(organiser, () -> {
            if (!funding.claimsOf(organisationId).isEmpty()) {
                return;
            }
            LocalDate yesterday = LocalDate.now(clock.withZone(Zones.STOCKHOLM)).minusDays(1);
            funding.submit(organisationId, yesterday.minusWeeks(DemoAttendance.WEEKS_BACK), yesterday);
        });
    }
}
