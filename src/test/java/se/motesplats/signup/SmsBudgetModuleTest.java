package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.NewPhoneNumber;
import se.motesplats.testing.PublishedActivities;

/** An organisation's text messages stop at its monthly cap (3 in tests); people then hear by e-mail. */
class SmsBudgetModuleTest extends ModuleTestBase {

    @Autowired SignupService signups;
    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;

    @Test
    void pastTheCapNoticesGoByEmail() {
        var activity = published.weekly("Sms-budget", null, false);
        for (int i = 0; i < 4; i++) {
            long person = accounts.ensureAccount("sms-" + UUID.randomUUID() + "@motesplats.test", "P" + i, SupportedLanguage.PASHTO,
                    List.of(Roles.PARTICIPANT));
            as(person, () -> {
                NewPhoneNumber.confirmed(accounts, jdbc, "+4673" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
                accounts.notifyBy(MessageChannel.SMS);
                signups.signUp(activity.activityId(), null, List.of());
            }, Roles.PARTICIPANT);
        }
        List<String> channels = jdbc.sql("select channel from notification_delivery where organisation_id = :organisation order by id")
                .param("organisation", activity.organisationId()).query(String.class).list();
        assertThat(channels).containsExactly("SMS", "SMS", "SMS", "EMAIL");
    }
}
