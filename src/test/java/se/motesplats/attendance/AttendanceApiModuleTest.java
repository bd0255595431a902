package se.motesplats.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import se.motesplats.security.Roles;
import se.motesplats.shared.RuleViolation;
import se.motesplats.testing.ModuleTestBase;

/** What the sync endpoint does with requests a phone should never send: a clear refusal, never a server error. */
class AttendanceApiModuleTest extends ModuleTestBase {

    @Autowired AttendanceApi api;

    @Test
    void aSyncWithoutTheHeaderIsForbidden() {
        assertThat(callAs(1, () -> api.sync(null, new AttendanceApi.SyncJson(List.of(), null)).getStatusCode(),
                Roles.ORGANISATION_MEMBER)).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void missingPartsAreRefusedWithATranslatedReason() {
        AttendanceApi.MarkJson withoutId = new AttendanceApi.MarkJson(null, 1, "p1", Mark.Kind.PRESENT, java.time.Instant.EPOCH,
                false, null, null, null, null, null);
        for (AttendanceApi.SyncJson body : List.of(new AttendanceApi.SyncJson(null, null),
                new AttendanceApi.SyncJson(Arrays.asList((AttendanceApi.MarkJson) null), null),
                new AttendanceApi.SyncJson(List.of(withoutId), null))) {
            assertThatThrownBy(() -> callAs(1, () -> api.sync("1", body), Roles.ORGANISATION_MEMBER))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.translationKey()).isEqualTo("attendance.rule.unreadable"));
        }
        assertThat(api.refused(new RuleViolation("attendance.rule.unreadable")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aWalkInsContactTravelsOnlyWithTheConsentThePhoneRecorded() {
        java.util.function.BiFunction<String, String, AttendanceApi.MarkJson> walkIn = (version, shownIn) -> new AttendanceApi.MarkJson(
                java.util.UUID.randomUUID(), 1, "w" + java.util.UUID.randomUUID(), Mark.Kind.PRESENT, java.time.Instant.EPOCH, false,
                "Amanuel", "amanuel@example.com", "ti", version, shownIn);
        assertThat(walkIn.apply(null, "ar").registration()).as("no consent").isNull();
        assertThat(walkIn.apply("2026-11-23; drop", "ar").registration()).as("not a version").isNull();
        assertThat(walkIn.apply("2026-11-23", "xx").registration()).as("not a language").isNull();
        assertThat(walkIn.apply("2026-11-23", "ar").registration()).isEqualTo(new WalkInRegistration("amanuel@example.com",
                se.motesplats.i18n.SupportedLanguage.TIGRINYA, "2026-11-23", se.motesplats.i18n.SupportedLanguage.ARABIC));
    }
}
