package se.motesplats.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.PublishedActivities;
import se.motesplats.testing.TestClock;

/** A newcomer reading Tigrinya answers "How was it?" with faces, on a phone. */
class OutcomeBrowserTest extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired PublishedActivities published;
    @Autowired OutcomeService outcomes;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void aNewcomerAnswersWithFaces() {
        String email = "selam-" + UUID.randomUUID() + "@motesplats.test";
        long selam = accounts.ensureAccount(email, "Selam", SupportedLanguage.TIGRINYA, List.of(Roles.PARTICIPANT));
        long activity = published.weekly("Syjunta med utfall", 12, false).activityId();
        jdbc.sql("select id from occurrence where activity_id = ? order by starts_at limit 3").param(activity).query(Long.class).list()
                .forEach(meeting -> jdbc.sql("insert into attendance (occurrence_id, attendee, account_id, present, checked_in_at, method) "
                        + "values (?, ?, ?, true, ?, 'QR')").params(meeting, "p" + selam, selam, clock.instant()).update());
        outcomes.askDue();

        Page page = phone("ti");
        signIn(page, email);
        page.navigate(url(se.motesplats.reporting.ui.OutcomeView.PATH));
        assertThat(page.locator(".outcome-card")).hasCount(1);
        assertAccessible(page);
        screenshot(page, "how-was-it-ti");
        page.locator(".outcome-practised-swedish vaadin-radio-button").nth(2).click();
        page.locator(".outcome-met-people vaadin-radio-button").nth(1).click();
        page.click(".outcome-send");
        assertThat(page.locator(".outcome-card")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select practised_swedish * 10 + met_people from outcome_answer where account_id = ?")
                .param(selam).query(Integer.class).single()).isEqualTo(32);
    }
}
