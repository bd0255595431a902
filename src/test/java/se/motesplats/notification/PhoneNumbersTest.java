package se.motesplats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "0701234567", "+46 70 123 45 67", "+46 (0)70-123 45 67", "0046 70 123 45 67",
            " 070 123 45 67 "})
    void readsTheWaysPeopleWriteASwedishMobileNumber(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).contains("+46701234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+49 1512 3456789", "0049 1512 3456789"})
    void keepsTheCountryOfANumberFromAbroad(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).contains("+4915123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "070-123", "hej", "08-123 456 78", "+46 70 123 45 67 89 01 23", "0701234567890123456789012345678901234567890"})
    void reportsWhatIsNotAMobileNumber(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
    }
}
