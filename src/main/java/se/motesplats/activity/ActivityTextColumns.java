package se.motesplats.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class ActivityTextColumns {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TranslationState state;

    protected ActivityTextColumns() {
        this("", "", TranslationState.SOURCE);
    }

    ActivityTextColumns(String title, String description, TranslationState state) {
        this.title = title;
        this.description = description;
        this.state = state;
    }

    ActivityText text() {
        return new ActivityText(title, description);
    }

    TranslationState state() {
        return state;
    }

    boolean sameText(ActivityText other) {
        return title.equals(other.title()) && description.equals(other.description());
    }
}
