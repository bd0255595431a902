package se.motesplats.shared;

/** A value with a text in every language, such as a category or a purpose; views show the text. */
public interface Translatable {

    String translationKey();
}
