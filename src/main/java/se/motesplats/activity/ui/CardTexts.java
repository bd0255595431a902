package se.motesplats.activity.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.motesplats.activity.ActivityCard;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.Zones;

/** What a listing card shows, translated and formatted: for the live listing and for its first paint alike. */
final class CardTexts {

    private CardTexts() {
    }

    static ActivityCards.Shown shown(ActivityCard card, SupportedLanguage language, Texts texts) {
        String mark = card.titleLanguage() != language ? texts.get("activity.list.not-translated")
                : card.machineTranslated() ? texts.get("activity.list.machine-translated") : null;
        String markClass = card.titleLanguage() != language ? "badge-untranslated"
                : card.machineTranslated() ? "badge-untranslated badge-machine-translated" : null;
        List<String> badges = new ArrayList<>();
        badge(badges, card.free(), "activity.badge.free", texts);
        badge(badges, card.noSwedishNeeded(), "activity.badge.no-swedish", texts);
        badge(badges, card.womenOnly(), "activity.badge.women", texts);
        badge(badges, card.childcare(), "activity.badge.childcare", texts);
        badge(badges, card.stepFree(), "activity.badge.step-free", texts);
        badge(badges, card.dropIn(), "activity.badge.drop-in", texts);
        return new ActivityCards.Shown(ActivityDetailView.PATH + "/" + card.id(), card.category().pictogram(), card.title(),
                card.titleLanguage().tag(), mark, markClass,
                texts.get("activity.list.next", Map.of("when", Formats.meeting(card.nextStart(), language, Zones.STOCKHOLM))),
                card.venueName() + ", " + card.municipalityName(),
                card.distanceMetres() == null ? null : Formats.distance(card.distanceMetres(), language), badges);
    }

    private static void badge(List<String> badges, boolean applies, String key, Texts texts) {
        if (applies) {
            badges.add(texts.get(key));
        }
    }
}
