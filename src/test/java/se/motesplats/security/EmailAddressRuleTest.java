package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one e-mail address rule ({@link EmailOrPhone#emailAddress}): joining, signing in, associations' contact addresses. */
class EmailAddressRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"amina@example.se", "Amina.Hassan@Example.SE", "first.last+tag@sub.domain.example.org",
            "o'brien@example.ie", "under_score-dash@example.com", "åsa@förening.se", "ልዑል@exempel.se", "info@xn--frening-5za.se",
            "a@b.co", "kontakt@123.example.se"})
    void realAddressesAreTaken(String address) {
        assertThat(EmailOrPhone.emailAddress(address)).contains(address);
        assertThat(EmailOrPhone.emailAddress("  " + address + "\n")).as("white space around is dropped").contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"info?bcc=victim@evil.example@example.org", "info@example.org?bcc=victim@evil.example",
            "info?bcc=x@example.org", "a&cc=b@example.org", "a%40b@example.org", "a#b@example.org", "a/b@example.org",
            "a,b@example.org", "a;b@example.org", "a:b@example.org", "\"a b\"@example.org", "<a@example.org>",
            "a@example.org>", "a b@example.org", "a@exam ple.org", "a@example.org\r\nBcc: victim@evil.example",
            "a\n@example.org", "\u202Eabc@example.org", "abc\u2066@example.org", "a\u200F@example.org", "a@exa\u061Cmple.org",
            "<img src=x onerror=alert(1)>@xss.invalid", "javascript:alert(1)@x.se", "a@b", "a@example.123", "a@-b.se", "a@b-.se",
            "a@b..se", "a..b@example.org", ".a@example.org", "a.@example.org", "@example.org", "a@", "a@@example.org",
            "a@.example.org", "a@example.org.", ""})
    void anythingElseIsRefused(String typed) {
        assertThat(EmailOrPhone.emailAddress(typed)).isEmpty();
        assertThat(EmailOrPhone.parse(typed)).as("signing in and joining use the same rule").isEmpty();
    }

    @Test
    void lengthsAreThoseOfAnAddress() {
        String local64 = "a".repeat(64);
        assertThat(EmailOrPhone.emailAddress(local64 + "@example.org")).isPresent();
        assertThat(EmailOrPhone.emailAddress(local64 + "a@example.org")).as("65 characters before the '@'").isEmpty();
        String label63 = "d".repeat(63);
        assertThat(EmailOrPhone.emailAddress("a@" + label63 + ".se")).isPresent();
        assertThat(EmailOrPhone.emailAddress("a@" + label63 + "d.se")).as("a 64-character label").isEmpty();
        String long254 = "a@" + (label63 + ".").repeat(3) + "d".repeat(254 - 2 - 64 * 3 - 3) + ".se";
        assertThat(long254).hasSize(254);
        assertThat(EmailOrPhone.emailAddress(long254)).isPresent();
        assertThat(EmailOrPhone.emailAddress("a" + long254)).as("255 characters").isEmpty();
        assertThat(EmailOrPhone.emailAddress("a".repeat(100_000) + "@" + "b.".repeat(100_000) + "se")).as("quickly, however long")
                .isEmpty();
    }
}
