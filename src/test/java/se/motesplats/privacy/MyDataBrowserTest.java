package se.motesplats.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.Roles;
import se.motesplats.signup.SignupService;
import se.motesplats.testing.BrowserTestBase;
import se.motesplats.testing.ModuleTestBase;
import se.motesplats.testing.PublishedActivities;

/** A newcomer reading Arabic sees what is stored about them, downloads it and deletes the account, on a phone. */
class MyDataBrowserTest extends BrowserTestBase {

    @Autowired AccountService accounts;
    @Autowired SignupService signups;
    @Autowired PublishedActivities published;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewcomerSeesDownloadsAndDeletesTheirData() throws IOException {
        String email = "noor-" + UUID.randomUUID() + "@motesplats.test";
        long noor = accounts.ensureAccount(email, "Noor", SupportedLanguage.ARABIC, List.of(Roles.PARTICIPANT));
        long activity = published.weekly("Syjunta för min data", 8, false).activityId();
        ModuleTestBase.runAs(noor, () -> signups.signUp(activity, null, List.of()), Roles.PARTICIPANT);

        Page page = phone("ar");
        signIn(page, email);
        page.navigate(url("my-data"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".my-data-part[data-part=account]")).containsText(email);
        assertThat(page.locator(".my-data-part[data-part=signups] dl")).hasCount(1);
        assertAccessible(page);
        screenshot(page, "my-data-ar");

        Download download = page.waitForDownload(() -> page.click("#download-my-data"));
        String json = Files.readString(download.path());
        assertThat(json).contains(email, "\"signups\"");

        page.click("#erase-account");
        assertAccessible(page);
        page.click("#confirm-erase-account");
        page.waitForSelector("#sign-in");
        assertThat(jdbc.sql("select count(*) from account where id = ?").param(noor).query(Integer.class).single()).isZero();
    }
}
