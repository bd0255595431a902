package se.motesplats.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.privacy.PersonalDataHolder;
import se.motesplats.privacy.PersonalDataPart;

/** The optional profile in "My data", and gone with the account. */
@Component
class ProfilePersonalData implements PersonalDataHolder {

    private final ProfileService profiles;
    private final AreaService areas;
    private final JdbcClient jdbc;

    ProfilePersonalData(ProfileService profiles, AreaService areas, JdbcClient jdbc) {
        this.profiles = profiles;
        this.areas = areas;
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataPart dataOf(long accountId, SupportedLanguage language) {
        Profile profile = profiles.of(accountId);
        if (profile.equals(Profile.EMPTY)) {
            return new PersonalDataPart("profile", List.of());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("languages", profile.languages().stream().map(SupportedLanguage::nativeName).sorted().toList());
        if (profile.swedishLevel() != null) {
            record.put("swedish-level", profile.swedishLevel());
        }
        if (profile.municipalityCode() != null) {
            record.put("municipality", areas.municipalityName(profile.municipalityCode()));
        }
        record.put("interests", List.copyOf(profile.interests()));
        return new PersonalDataPart("profile", List.of(record));
    }

    @Override
    public void erase(long accountId) {
        jdbc.sql("delete from person_profile where account_id = ?").param(accountId).update();
    }
}
