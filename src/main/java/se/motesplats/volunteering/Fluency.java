package se.motesplats.volunteering;

/** How well a volunteer speaks a language: two answers anyone can give without a test. */
public enum Fluency {
    WELL, SOME
}
