package se.motesplats.activity.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.activity.SwedishLevel;
import se.motesplats.activity.TargetGroup;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.Zones;

/** An activity's key facts as its page shows them, translated and formatted: for the live page and its first paint alike. */
final class ActivityFacts {

    /** One line of facts; the id, where there is one, is the live page's. */
    record Fact(@Nullable String id, String text) {
    }

    private ActivityFacts() {
    }

    static List<Fact> lines(ActivityDetail detail, Texts texts) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(null, texts.get("activity.detail.organiser", Map.of("name", detail.organisationName()))));
        facts.add(new Fact(null, texts.get(detail.category().translationKey())
                + " · " + texts.get(detail.targetGroup().translationKey())
                + " · " + texts.get(detail.swedishLevel().translationKey())));
        if (!detail.leaderLanguages().isEmpty()) {
            facts.add(new Fact(null, texts.get("activity.detail.leaders-speak", Map.of("languages",
                    detail.leaderLanguages().stream().map(SupportedLanguage::nativeName).sorted().collect(Collectors.joining(", "))))));
        }
        if (detail.ages().limited()) {
            Integer min = detail.ages().min();
            Integer max = detail.ages().max();
            facts.add(new Fact("activity-ages", texts.get("activity.detail.ages", Map.of(
                    "limit", min == null ? "upto" : max == null ? "from" : "between",
                    "min", min == null ? 0 : min, "max", max == null ? 0 : max))));
        }
        facts.add(new Fact(null, detail.costSek() == 0 ? texts.get("activity.badge.free")
                : texts.get("activity.detail.cost", Map.of("sek", detail.costSek()))));
        return facts;
    }

    /** The badges under the facts, as translation keys. */
    static List<String> badgeKeys(ActivityDetail detail) {
        List<String> badges = new ArrayList<>();
        if (detail.swedishLevel() == SwedishLevel.NONE) {
            badges.add("activity.badge.no-swedish");
        }
        if (detail.targetGroup() == TargetGroup.WOMEN) {
            badges.add("activity.badge.women");
        }
        if (detail.childcare()) {
            badges.add("activity.badge.childcare");
        }
        if (detail.venue().stepFree()) {
            badges.add("activity.badge.step-free");
        }
        if (detail.venue().hearingLoop()) {
            badges.add("activity.badge.hearing-loop");
        }
        badges.add(detail.dropIn() ? "activity.badge.drop-in" : "activity.badge.sign-up-needed");
        return badges;
    }

    /** Where it is: venue, address, municipality. */
    static String address(ActivityDetail detail) {
        return detail.venue().name() + ", " + detail.venue().address() + ", " + detail.municipalityName();
    }

    /** When a meeting is, from start to end; a cancelled one says so. */
    static String meeting(OccurrenceView meeting, SupportedLanguage language, Texts texts) {
        String when = when(meeting, language);
        return meeting.cancelled() ? texts.get("activity.detail.cancelled", Map.of("when", when)) : when;
    }

    static String when(OccurrenceView meeting, SupportedLanguage language) {
        return Formats.meeting(meeting.startsAt(), language, Zones.STOCKHOLM) + "–"
                + Formats.time(meeting.endsAt(), language, Zones.STOCKHOLM);
    }
}
