package se.motesplats.activity;

import se.motesplats.shared.Translatable;

/** What kind of activity it is, each with the pictogram that shows it to people who read little. */
public enum ActivityCategory implements Translatable {
    LANGUAGE_CAFE("vaadin:comments"),
    STUDY_CIRCLE("vaadin:book"),
    SPORT("vaadin:trophy"), // Vaadin’s set has no ball: the football named before drew nothing
    CULTURE_CAFE("vaadin:coffee"),
    CRAFTS("vaadin:scissors"),
    MUSIC("vaadin:music"),
    HOMEWORK_HELP("vaadin:pencil"),
    OUTDOORS("vaadin:tree-table"),
    OTHER("vaadin:star");

    private final String pictogram;

    ActivityCategory(String pictogram) {
        this.pictogram = pictogram;
    }

    public String pictogram() {
        return pictogram;
    }

    @Override
    public String translationKey() {
        return "activity.category." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
