package se.motesplats.shared.ui;

/**
 * A shortcut a module puts on the start page beside its menu entries, such as "language cafés near
 * you this week". Modules declare them as beans, so the start page knows no module.
 */
public record StartTile(String id, String href, String pictogram, String labelKey, int order) {
}
