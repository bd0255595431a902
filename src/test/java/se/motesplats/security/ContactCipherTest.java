package se.motesplats.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ContactCipherTest {

    private static final String KEY_A = "RXyO7kSABRdaYI1nJose7N+UYPV9sLgZxrW86C6RjBY=";
    private static final String KEY_B = "OAHLJsyvFZVifIVs/tDYy5MJkS6GiCWqE5l7OOICDks=";
    private static final String LOOKUP = "zL9AcyVLyiW/ghRMhK2FuMdQDi/+AZdw/YDeM9qzjhM=";

    private final ContactCipher cipher = new ContactCipher(KEY_A, 1, "", LOOKUP);

    @Test
    void aValueComesBackAsItWentIn() {
        String sealed = cipher.encrypt("hanna@motesplats.test");
        assertThat(sealed).startsWith("v1:").doesNotContain("hanna");
        assertThat(cipher.decrypt(sealed)).isEqualTo("hanna@motesplats.test");
        assertThat(cipher.decrypt(cipher.encrypt("+46701234567"))).isEqualTo("+46701234567");
        assertThat(cipher.decrypt(cipher.encrypt("ልዑል@exempel.se"))).isEqualTo("ልዑል@exempel.se");
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        String first = cipher.encrypt("hanna@motesplats.test");
        String second = cipher.encrypt("hanna@motesplats.test");
        assertThat(first).isNotEqualTo(second);
        byte[] a = Base64.getDecoder().decode(first.substring(3));
        byte[] b = Base64.getDecoder().decode(second.substring(3));
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
    }

    @Test
    void aTamperedValueIsRejected() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt("hanna@motesplats.test").substring(3));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("altered");
    }

    @Test
    void theLookupHashIsStableAndIgnoresCaseAndSpaces() {
        String hash = cipher.emailHash("hanna@motesplats.test");
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(cipher.emailHash("  Hanna@MOTESPLATS.test ")).isEqualTo(hash);
        assertThat(new ContactCipher(KEY_B, 1, "", LOOKUP).emailHash("hanna@motesplats.test"))
                .as("the contact key does not change the hash").isEqualTo(hash);
        assertThat(cipher.emailHash("hanna2@motesplats.test")).isNotEqualTo(hash);
        assertThat(cipher.sealEmail(" HANNA@motesplats.test")).satisfies(sealed -> {
            assertThat(sealed.hash()).isEqualTo(hash);
            assertThat(cipher.decrypt(sealed.encrypted())).isEqualTo("hanna@motesplats.test");
        });
    }

    @Test
    void anotherLookupKeyGivesAnotherHash() {
        assertThat(new ContactCipher(KEY_A, 1, "", KEY_B).emailHash("hanna@motesplats.test"))
                .isNotEqualTo(cipher.emailHash("hanna@motesplats.test"));
    }

    @Test
    void theWrongKeyFailsClearly() {
        String sealed = cipher.encrypt("hanna@motesplats.test");
        assertThatThrownBy(() -> new ContactCipher(KEY_B, 1, "", LOOKUP).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("contact key version 1");
        assertThatThrownBy(() -> new ContactCipher(KEY_B, 2, "", LOOKUP).decrypt(sealed))
                .hasMessageContaining("version 1 is not configured");
    }

    @Test
    void aRetiredKeyStillOpensOldValuesWhileNewOnesUseTheCurrentKey() {
        String old = cipher.encrypt("hanna@motesplats.test");
        ContactCipher rotated = new ContactCipher(KEY_B, 2, "1:" + KEY_A, LOOKUP);
        assertThat(rotated.decrypt(old)).isEqualTo("hanna@motesplats.test");
        assertThat(rotated.encrypt("hanna@motesplats.test")).startsWith("v2:");
    }

    @Test
    void missingOrMalformedKeysStopTheStartWithThePropertyName() {
        assertThatThrownBy(() -> new ContactCipher("", 1, "", LOOKUP))
                .hasMessage("motesplats.privacy.contact-key is not set");
        assertThatThrownBy(() -> new ContactCipher(KEY_A, 1, "", "c2hvcnQ="))
                .hasMessage("motesplats.privacy.lookup-key must be 32 bytes, not 5");
        assertThatThrownBy(() -> new ContactCipher("not base64!", 1, "", LOOKUP))
                .hasMessage("motesplats.privacy.contact-key is not valid base64");
        assertThatThrownBy(() -> new ContactCipher(KEY_B, 2, KEY_A, LOOKUP))
                .hasMessage("motesplats.privacy.retired-contact-keys must be version:key pairs separated by commas");
    }

    @Test
    void anAppWithoutKeysStopsWithOneSentenceNamingTheVariable(CapturedOutput output) {
        SpringApplication app = new SpringApplication(ContactCipher.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> app.run("--spring.main.banner-mode=off", "--motesplats.privacy.contact-key="));
        assertThat(output).contains("Mötesplats will not start without its key for people's contact details: "
                + "motesplats.privacy.contact-key is not set.").contains("Set MOTESPLATS_PRIVACY_CONTACT_KEY to");
    }
}
