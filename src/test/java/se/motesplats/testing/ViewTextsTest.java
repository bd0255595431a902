package se.motesplats.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The check every rendered view goes through finds a key wherever a person would read it. */
class ViewTextsTest {

    @Test
    void findsKeysInTextLabelsAndAttributesAndMissingOnesAsTheProviderMarksThem() {
        UI ui = new UI();
        Span key = new Span("activity.list.title");
        Span missing = new Span("!people.join.no-such-key!");
        TextField labelled = new TextField("activity.filter.step-free");
        Span described = new Span("Aktiviteter");
        described.getElement().setAttribute("aria-label", "shared.layout.menu");
        Span fine = new Span("Språkkafé. Fika och samtal på biblioteket.");
        ui.add(key, missing, labelled, described, fine);

        assertThat(ViewTexts.rawKeys(ui)).containsExactlyInAnyOrder("activity.list.title", "!people.join.no-such-key!",
                "activity.filter.step-free", "shared.layout.menu");
        assertThat(ViewTexts.of(ui)).contains("Aktiviteter", "Språkkafé. Fika och samtal på biblioteket.");
    }
}
