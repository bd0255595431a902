package se.motesplats.testing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a person reads on a page built on the server, for checking that every text was translated. */
public final class ViewTexts {

    /**
     * A translation key shown as it is ({@code activity.list.title}), or as the translation provider
     * marks a missing one ({@code !activity.list.title!}).
     */
    public static final Pattern RAW_KEY = Pattern.compile("^!?[a-z]+(\\.[a-z0-9-]+)+!?$");

    /** Properties and attributes of Vaadin's components and plain HTML that hold readable text. */
    private static final List<String> TEXT_PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage", "text");
    private static final List<String> TEXT_ATTRIBUTES = List.of("aria-label", "title", "alt", "placeholder");

    private ViewTexts() {
    }

    /** Every text on the page (the view, its layout, notifications and dialogs), trimmed, blank ones left out. */
    public static Stream<String> of(UI ui) {
        // the view and its layouts hang below a wrapper that is not among the UI element's children
        List<? extends com.vaadin.flow.component.HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        Stream<Element> page = chain.isEmpty() ? Stream.empty() : Stream.of(chain.getLast().getElement());
        return Stream.concat(page, Stream.of(ui.getElement())).flatMap(ViewTexts::withDescendants).flatMap(ViewTexts::texts)
                .map(String::strip).filter(text -> !text.isEmpty());
    }

    /** Whether a text has at least one letter of the given script (Arabic script for Arabic, Persian, Pashto...). */
    public static boolean writtenIn(Character.UnicodeScript script, String text) {
        return text.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == script);
    }

    /** The texts that are translation keys rather than translations. */
    public static List<String> rawKeys(UI ui) {
        return of(ui).filter(text -> RAW_KEY.matcher(text).matches()).distinct().toList();
    }

    private static Stream<String> texts(Element element) {
        if (element.isTextNode()) {
            return Stream.of(element.getText());
        }
        return Stream.concat(TEXT_PROPERTIES.stream().map(name -> element.getProperty(name, "")),
                TEXT_ATTRIBUTES.stream().map(name -> element.getAttribute(name)).filter(java.util.Objects::nonNull));
    }

    private static Stream<Element> withDescendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ViewTexts::withDescendants));
    }
}
