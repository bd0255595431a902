package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C})
    void everyDirectionControlIsRemovedWherever(int control) {
        String c = Character.toString(control);
        assertThat(Names.clean(c + "Amina")).isEqualTo("Amina");
        assertThat(Names.clean("Ami" + c + "na")).isEqualTo("Amina");
        assertThat(Names.clean("Amina" + c)).isEqualTo("Amina");
        assertThat(Names.clean(c + c + c)).isEmpty();
    }

    @Test
    void theSpoofOfTheIssueLosesItsOverride() {
        assertThat(Names.clean("\u202Eabc")).isEqualTo("abc");
        assertThat(Names.clean("ስም\u202Egnp.exe")).isEqualTo("ስምgnp.exe");
        assertThat(Names.clean("\u2066Amal\u2069\u2068ليلى\u2069")).isEqualTo("Amalليلى");
    }

    @Test
    void namesInEveryScriptStayAsTheyAre() {
        for (String name : new String[] {"Åsa-Märta", "فاطمة", "زهرا\u200Cسادات", "عربي\u200Dاسم", "ልዑል", "Олена", "Sînem", "O’Brien"}) {
            assertThat(Names.clean(name)).isEqualTo(name);
        }
    }

    @Test
    void whiteSpaceAroundGoesAlsoWhenAControlHidItFromStrip() {
        assertThat(Names.clean("  Amina \n")).isEqualTo("Amina");
        assertThat(Names.clean("\u200F Amina \u200E")).isEqualTo("Amina");
        assertThat(Names.cleanOrNull(null)).isNull();
    }

    @Test
    void otherCharactersAreNotDirectionControls() {
        assertThat(Names.isDirectionControl(0x200C)).as("zero-width non-joiner, needed in Persian").isFalse();
        assertThat(Names.isDirectionControl(0x200D)).as("zero-width joiner").isFalse();
        assertThat(Names.isDirectionControl(0x2029)).isFalse();
        assertThat(Names.isDirectionControl(0x2065)).isFalse();
        assertThat(Names.isDirectionControl(0x206A)).isFalse();
        assertThat(Names.isDirectionControl(0x202F)).as("narrow no-break space").isFalse();
        assertThat(Names.isDirectionControl('a')).isFalse();
    }
}
