package se.motesplats.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.motesplats.security.AccountPrivacy;
import se.motesplats.security.SystemActor;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;

/**
 * Retention: participants' and volunteers' accounts that nobody has signed in to for a long time
 * (default two years) are erased as if the person had asked. Staff accounts are left alone. The
 * person is first warned, in their language (default 30 days before), and the account waits until
 * the warning is that old even when it was long overdue (as on the first night this runs); signing
 * in, with a code or on a remembered device, empties the warning and starts the two years again.
 * Each account in its own transaction, so one that cannot go does not hold up the others.
 */
@Component
class InactiveAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(InactiveAccounts.class);
    private static final int BATCH = 200;

    private final PersonalDataService personalData;
    private final AccountPrivacy accounts;
    private final ErasureWarning warning;
    private final Clock clock;
    private final Period keptFor;
    private final Period warnedBefore;

    InactiveAccounts(PersonalDataService personalData, AccountPrivacy accounts, ErasureWarning warning, Clock clock,
            @Value("${motesplats.privacy.erase-unused-accounts-after:P2Y}") Period keptFor,
            @Value("${motesplats.privacy.erasure-warning-before:P30D}") Period warnedBefore) {
        this.personalData = personalData;
        this.accounts = accounts;
        this.warning = warning;
        this.clock = clock;
        this.keptFor = keptFor;
        this.warnedBefore = warnedBefore;
    }

    @Scheduled(cron = "${motesplats.privacy.retention-cron:0 20 3 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "erase-unused-accounts")
    public void eraseUnused() {
        Instant now = clock.instant();
        Instant unusedBefore = now.atZone(ZoneOffset.UTC).minus(keptFor).toInstant();
        int[] warned = {0};
        int[] erased = {0};
        SystemActor.runAsAdministrator(() -> {
            // erasure first, so that an account warned tonight is not erased tonight
            Instant warningOlderThan = now.atZone(ZoneOffset.UTC).minus(warnedBefore).toInstant();
            for (long accountId : accounts.warnedUnusedSince(unusedBefore, warningOlderThan, BATCH)) {
                try {
                    personalData.erase(accountId);
                    erased[0]++;
                } catch (RuleViolation refused) {
                    LOG.warn("Unused account {} not erased: {}", accountId, refused.translationKey());
                }
            }
            Instant warnIfUnusedBefore = unusedBefore.atZone(ZoneOffset.UTC).plus(warnedBefore).toInstant();
            // the night it may go falls on that day at the earliest: signing in the day before is in time
            LocalDate signInBy = LocalDate.ofInstant(now.atZone(ZoneOffset.UTC).plus(warnedBefore).toInstant(), Zones.STOCKHOLM).minusDays(1);
            for (long accountId : accounts.unwarnedUnusedSince(warnIfUnusedBefore, BATCH)) {
                warning.warn(accountId, signInBy, now);
                warned[0]++;
            }
        });
        if (warned[0] + erased[0] > 0) {
            LOG.info("Warned {} and erased {} accounts unused for {}", warned[0], erased[0], keptFor);
        }
    }
}
