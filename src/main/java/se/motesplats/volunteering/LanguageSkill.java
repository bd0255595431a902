package se.motesplats.volunteering;

/** A language a volunteer speaks and how well. */
public record LanguageSkill(SpokenLanguage language, Fluency fluency) {
}
