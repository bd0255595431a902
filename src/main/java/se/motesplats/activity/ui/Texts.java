package se.motesplats.activity.ui;

/**
 * Translated texts in one language: a view's {@code getTranslation}, or the translation provider for a language
 * where there is no view yet (a page's first paint). Lets both build their texts with the same code.
 */
@FunctionalInterface
interface Texts {

    String get(String key, Object... params);
}
