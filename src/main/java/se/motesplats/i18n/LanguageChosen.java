package se.motesplats.i18n;

/** A visitor chose a language in the picker; a signed-in person's account remembers it too. */
public record LanguageChosen(SupportedLanguage language) {
}
