package se.motesplats.activity;

/** Where an activity text in one language comes from, and whether it still matches the source. */
public enum TranslationState {
    SOURCE, TRANSLATED, MACHINE_DRAFT, OUTDATED
}
