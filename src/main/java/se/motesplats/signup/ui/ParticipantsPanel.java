package se.motesplats.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.motesplats.activity.ActivityDetail;
import se.motesplats.activity.OccurrenceView;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.shared.ui.TableExport;
import se.motesplats.signup.Availability;
import se.motesplats.signup.Participant;
import se.motesplats.signup.ReadyMessage;
import se.motesplats.signup.SignupService;
import se.motesplats.signup.SignupStatus;
import se.motesplats.shared.ui.Pictogram;

/**
 * Who is coming, by first name, and who waits in which order; a ready-made message to everyone
 * coming to a meeting, which each person receives in their own language; the list as CSV or Excel.
 */
class ParticipantsPanel extends Div {

    private final transient SignupService signups;
    private final ActivityDetail activity;

    ParticipantsPanel(SignupService signups, ActivityDetail activity) {
        this.signups = signups;
        this.activity = activity;
        setId("participants-panel");
        addClassName("participants-panel");
        List<Participant> participants = signups.participants(activity.id());
        add(new H2(getTranslation("signup.organiser.title")));
        if (!activity.dropIn()) {
            Availability availability = signups.availability(activity.id(), null);
            Paragraph counts = new Paragraph(availability.capacity() == null
                    ? getTranslation("signup.organiser.count-unlimited", Map.of("taken", availability.taken()))
                    : getTranslation("signup.organiser.count", Map.of("taken", availability.taken(),
                            "capacity", availability.capacity(), "waiting", availability.waiting())));
            counts.setId("participants-count");
            add(counts);
        }
        UnorderedList confirmed = new UnorderedList();
        confirmed.setId("participants-confirmed");
        OrderedList waiting = new OrderedList();
        waiting.setId("participants-waiting");
        for (Participant participant : participants) {
            ListItem item = new ListItem(name(participant));
            (participant.status() == SignupStatus.CONFIRMED ? confirmed : waiting).add(item);
        }
        add(confirmed.getChildren().findAny().isPresent() ? confirmed : new Paragraph(getTranslation("signup.organiser.nobody")));
        if (waiting.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("signup.organiser.queue")), waiting);
        }
        if (!participants.isEmpty()) {
            add(export(participants));
        }
        Button message = new Button(getTranslation("signup.organiser.message"), new Pictogram("vaadin:envelope-o"), click -> openMessage());
        message.setId("participants-message");
        add(message);
        if (!activity.dropIn() && activity.capacity() != null) {
            add(keptForReferrals(activity.capacity()));
        }
    }

    /** Places only referred newcomers may take, for example for the municipality's introduction programme. */
    private Div keptForReferrals(int capacity) {
        IntegerField kept = new IntegerField(getTranslation("signup.organiser.kept-for-referrals"));
        kept.setId("participants-kept");
        kept.setMin(0);
        kept.setMax(capacity);
        kept.setStepButtonsVisible(true);
        kept.setWidth("18em");
        kept.setValue(signups.keptForReferrals(activity.id()));
        Button save = new Button(getTranslation("people.profile.save"), click -> {
            if (kept.getValue() != null && RuleMessages.attempt(() -> signups.keepForReferrals(activity.id(), kept.getValue()))) {
                Notification.show(getTranslation("people.profile.saved"), 3000, Notification.Position.MIDDLE);
            }
        });
        save.setId("participants-kept-save");
        Div row = new Div(kept, save);
        row.addClassName("row-actions");
        return row;
    }

    /** The list as a sheet for the association's own planning: first names only, as on the page. */
    private TableExport export(List<Participant> participants) {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        List<String> headings = List.of(getTranslation("signup.export.first-name"), getTranslation("signup.export.status"),
                getTranslation("signup.export.companions"), getTranslation("signup.export.meeting"), getTranslation("signup.export.referred"));
        List<List<String>> rows = participants.stream().map(participant -> List.of(participant.firstName(),
                getTranslation(participant.status() == SignupStatus.CONFIRMED ? "signup.export.has-place" : "signup.export.waiting"),
                String.valueOf(participant.companions()),
                meetingOf(participant).map(coming -> Formats.meeting(coming.startsAt(), language, Zones.STOCKHOLM)).orElse(""),
                participant.referred() ? getTranslation("signup.export.yes") : "")).toList();
        return new TableExport("participants", () -> new TableExport.Table(headings, rows));
    }

    /** The one meeting a drop-in sign-up is for; empty for a sign-up to the whole activity. */
    private Optional<OccurrenceView> meetingOf(Participant participant) {
        Long occurrence = participant.occurrenceId();
        return occurrence == null ? Optional.empty()
                : activity.comingMeetings().stream().filter(coming -> coming.id() == occurrence).findFirst();
    }

    private String name(Participant participant) {
        String meeting = meetingOf(participant)
                .map(coming -> " · " + Formats.shortDate(coming.startsAt(), SupportedLanguage.of(getLocale()), Zones.STOCKHOLM))
                .orElse("");
        return getTranslation("signup.organiser.person", Map.of("name", participant.firstName(),
                "companions", participant.companions())) + meeting
                + (participant.referred() ? " · " + getTranslation("signup.organiser.referred") : "");
    }

    private void openMessage() {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("signup.organiser.message"));
        Select<OccurrenceView> meeting = new Select<>();
        meeting.setId("message-meeting");
        meeting.setLabel(getTranslation("signup.organiser.message-meeting"));
        meeting.setItems(activity.comingMeetings().stream().filter(coming -> !coming.cancelled()).limit(8).toList());
        meeting.setItemLabelGenerator(coming -> Formats.meeting(coming.startsAt(), language, Zones.STOCKHOLM));
        meeting.getListDataView().getItems().findFirst().ifPresent(meeting::setValue);
        Select<ReadyMessage> text = new Select<>();
        text.setId("message-text");
        text.setLabel(getTranslation("signup.organiser.message-text"));
        text.setItems(ReadyMessage.values());
        text.setItemLabelGenerator(ready -> getTranslation(ready.template() + ".label"));
        text.setValue(ReadyMessage.SEE_YOU);
        TextField room = new TextField(getTranslation("signup.organiser.message-room"));
        room.setId("message-room");
        room.setMaxLength(100);
        room.setVisible(false);
        text.addValueChangeListener(change -> room.setVisible(change.getValue() != null && change.getValue().needsRoom()));
        Paragraph hint = new Paragraph(getTranslation("signup.organiser.message-hint"));
        hint.addClassName("hint");
        dialog.add(new Div(meeting, text, room, hint));
        Button send = new Button(getTranslation("signup.organiser.message-send"), click -> {
            if (meeting.isEmpty() || text.isEmpty()) {
                return;
            }
            RuleMessages.attempt(() -> {
                int reached = signups.message(activity.id(), meeting.getValue().id(), text.getValue(), room.getValue());
                Notification.show(getTranslation("signup.organiser.message-sent", Map.of("count", reached)), 5000,
                        Notification.Position.MIDDLE);
                dialog.close();
            });
        });
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("signup.organiser.message-close"), click -> dialog.close()), send);
        dialog.open();
    }
}
