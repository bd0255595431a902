package se.motesplats.activity;

/** Title and description of an activity in one language. */
public record ActivityText(String title, String description) {

    public ActivityText {
        title = title.strip();
        description = description.strip();
    }
}
