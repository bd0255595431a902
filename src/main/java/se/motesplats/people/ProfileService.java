package se.motesplats.people;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.activity.ActivityCategory;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.RuleViolation;

/** A person's own optional profile; only they read or change it. */
@Service
public class ProfileService {

    private final JdbcClient jdbc;
    private final AreaService areas;
    private final Clock clock;

    ProfileService(JdbcClient jdbc, AreaService areas, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Profile mine() {
        return of(CurrentPerson.required().accountId());
    }

    Profile of(long accountId) {
        return jdbc.sql("select swedish_level, municipality_code, languages, interests from person_profile where account_id = :account")
                .param("account", accountId)
                .query((row, number) -> new Profile(
                        split(row.getString("languages")).stream().map(SupportedLanguage::byTag).flatMap(java.util.Optional::stream)
                                .collect(Collectors.toSet()),
                        row.getString("swedish_level") == null ? null : SwedishLevel.valueOf(row.getString("swedish_level")),
                        row.getString("municipality_code"),
                        split(row.getString("interests")).stream().map(ActivityCategory::valueOf).collect(Collectors.toSet())))
                .optional().orElse(Profile.EMPTY);
    }

    @Transactional
    public void save(Profile profile) {
        if (profile.municipalityCode() != null && areas.municipality(profile.municipalityCode()).isEmpty()) {
            throw new RuleViolation("people.profile.municipality-unknown");
        }
        jdbc.sql("""
                insert into person_profile (account_id, swedish_level, municipality_code, languages, interests, updated_at)
                values (:account, :level, :municipality, :languages, :interests, :now)
                on duplicate key update swedish_level = :level, municipality_code = :municipality, languages = :languages,
                  interests = :interests, updated_at = :now""")
                .param("account", CurrentPerson.required().accountId())
                .param("level", profile.swedishLevel() == null ? null : profile.swedishLevel().name())
                .param("municipality", profile.municipalityCode())
                .param("languages", profile.languages().stream().map(SupportedLanguage::tag).sorted().collect(Collectors.joining(",")))
                .param("interests", profile.interests().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("now", clock.instant())
                .update();
    }

    private static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(part -> !part.isBlank()).collect(Collectors.toSet());
    }
}
