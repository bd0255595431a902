package se.motesplats.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MailtoLinkTest {

    @Test
    void aPlainAddressStaysReadable() {
        assertThat(MailtoLink.href("urur@example.org")).isEqualTo("mailto:urur@example.org");
        assertThat(MailtoLink.href("first.last_x-y~z@sub.example.se")).isEqualTo("mailto:first.last_x-y~z@sub.example.se");
    }

    @Test
    void nothingInTheAddressCanAddHeadersOrRecipients() {
        String href = MailtoLink.href("info?bcc=victim@evil.example&cc=x@y.z#frag,other@x.se");
        assertThat(href).isEqualTo("mailto:info%3Fbcc%3Dvictim@evil.example%26cc%3Dx@y.z%23frag%2Cother@x.se");
        assertThat(href.substring("mailto:".length())).doesNotContain("?", "&", "=", "#", ",", " ");
        URI parsed = URI.create(href);
        assertThat(parsed.getRawQuery()).as("no header part").isNull();
        assertThat(parsed.getRawFragment()).isNull();
    }

    @Test
    void lettersOfOtherScriptsAndControlCharactersArePercentEncodedAsUtf8() {
        assertThat(MailtoLink.href("åsa@förening.se")).isEqualTo("mailto:%C3%A5sa@f%C3%B6rening.se");
        assertThat(MailtoLink.href("a\r\nBcc: b@x.se\u202E")).isEqualTo("mailto:a%0D%0ABcc%3A%20b@x.se%E2%80%AE");
        assertThat(MailtoLink.href("a+b'c@x.se")).isEqualTo("mailto:a%2Bb%27c@x.se");
    }
}
