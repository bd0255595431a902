package se.motesplats.shared.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One tile of the start page, as {@link StartView} shows it and, before the app has started, its first paint
 * ({@link StartFirstPaint}): both from one list, so the live view takes the first paint's place without a tile
 * moving.
 *
 * @param id       the tile's element id without its {@code tile-} prefix, or null
 * @param featured drawn in the primary colour (the modules' shortcuts)
 * @param inApp    followed by the app's router; "sign in" loads its page
 */
record StartPageTile(String id, String href, String pictogram, String labelKey, boolean featured, boolean inApp) {

    /**
     * The modules' shortcuts, then the menu's entries the visitor may open (Vaadin checks access in a UI), then "sign
     * in" for someone not signed in.
     */
    static List<StartPageTile> forVisitor(List<StartTile> shortcuts, boolean signedIn) {
        return tiles(shortcuts, signedIn, entry -> true);
    }

    /**
     * The same before the app has started, where Vaadin has no UI to check access with and lists every entry: only
     * the entries of pages open to everyone.
     */
    static List<StartPageTile> beforeTheAppStarts(List<StartTile> shortcuts, boolean signedIn) {
        return tiles(shortcuts, signedIn, entry -> entry.menuClass().isAnnotationPresent(AnonymousAllowed.class));
    }

    private static List<StartPageTile> tiles(List<StartTile> shortcuts, boolean signedIn, Predicate<MenuEntry> open) {
        List<StartPageTile> tiles = new ArrayList<>();
        shortcuts.stream().sorted(Comparator.comparingInt(StartTile::order)).forEach(shortcut -> tiles.add(
                new StartPageTile(shortcut.id(), shortcut.href(), shortcut.pictogram(), shortcut.labelKey(), true, true)));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.menuClass().equals(StartView.class) && open.test(entry)) {
                tiles.add(new StartPageTile(null, entry.path(), MainLayout.pictogramName(entry), entry.title(), false, true));
            }
        }
        if (!signedIn) {
            tiles.add(new StartPageTile("sign-in", "sign-in", "vaadin:sign-in", "shared.layout.sign-in", false, false));
        }
        return tiles;
    }
}
