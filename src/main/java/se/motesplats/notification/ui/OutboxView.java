package se.motesplats.notification.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.motesplats.notification.DevelopmentOutbox;
import se.motesplats.notification.SentMessage;
import se.motesplats.shared.Zones;

/**
 * The development outbox: every e-mail, text message (SMS) and push message the demo would have sent, each
 * marked with its channel ({@code EMAIL}, {@code SMS} or {@code PUSH}, the technical name: this page exists
 * only in the demo). Registered as a route only when the
 * outbox is on (the demo run), so it does not exist in production. Open without signing in,
 * because in the demo this is where sign-in codes arrive.
 */
@AnonymousAllowed
public class OutboxView extends Main implements HasDynamicTitle {

    public static final String PATH = "dev/outbox";

    public OutboxView(DevelopmentOutbox outbox) {
        addClassName("outbox-view");
        add(new H1(getTranslation("notification.outbox.title")));
        add(new Paragraph(getTranslation("notification.outbox.intro")));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(Zones.STOCKHOLM);
        for (SentMessage message : outbox.latest()) {
            String summary = time.format(message.sentAt()) + " · " + message.channel().name() + " · " + message.recipient()
                    + (message.subject().isEmpty() ? "" : " · " + message.subject());
            Details details = new Details(summary);
            details.addClassName("outbox-message");
            details.add(new Pre(message.text()));
            add(details);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.outbox.title");
    }
}
