package se.motesplats.privacy;

import java.time.Clock;
import java.time.Period;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;

/**
 * Retention: participants' and volunteers' accounts that nobody has signed in to for a long time
 * (default two years) are erased as if the person had asked. Staff accounts are left alone.
 * Each account in its own transaction, so one that cannot go does not hold up the others.
 */
@Component
class InactiveAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(InactiveAccounts.class);
    private static final int BATCH = 200;

    private final PersonalDataService personalData;
    private final Clock clock;
    private final Period keptFor;

    InactiveAccounts(PersonalDataService personalData, Clock clock,
            @Value("${motesplats.privacy.erase-unused-accounts-after:P2Y}") Period keptFor) {
        this.personalData = personalData;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    @Scheduled(cron = "${motesplats.privacy.retention-cron:0 20 3 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "erase-unused-accounts")
    public void eraseUnused() {
        int[] erased = {0};
        SystemActor.runAsAdministrator(() -> {
            var before = clock.instant().atZone(java.time.ZoneOffset.UTC).minus(keptFor).toInstant();
            for (long accountId : personalData.unusedSince(before, BATCH)) {
                try {
                    personalData.erase(accountId);
                    erased[0]++;
                } catch (RuleViolation refused) {
                    LOG.warn("Unused account {} not erased: {}", accountId, refused.translationKey());
                }
            }
        });
        if (erased[0] > 0) {
            LOG.info("Erased {} accounts unused for {}", erased[0], keptFor);
        }
    }
}
