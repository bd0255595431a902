package se.motesplats.signup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsRepliesTest {

    @Test
    void arabicAndPersianDigitsCountAsTheSameAnswer() {
        assertThat(SmsReplies.latinDigits("٢")).isEqualTo("2");
        assertThat(SmsReplies.latinDigits("۲")).isEqualTo("2");
        assertThat(SmsReplies.latinDigits("Stop")).isEqualTo("Stop");
    }
}
