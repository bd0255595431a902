package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.ui.DatePickers;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.volunteering.Concern;
import se.motesplats.volunteering.ConcernService;
import se.motesplats.volunteering.LanguageSkill;
import se.motesplats.volunteering.ProgrammeStatus;
import se.motesplats.volunteering.RecordType;
import se.motesplats.volunteering.Vetting;
import se.motesplats.volunteering.VolunteerOverview;
import se.motesplats.volunteering.VolunteerService;
import se.motesplats.shared.ui.TableExport;

/**
 * Coordinators vet the volunteers of their areas (interview, training, agreement, criminal-record
 * extract seen: dates and type only), pause one at once when there is a concern, and read concerns.
 */
@Route(VolunteersView.PATH)
@Menu(order = 33, title = "volunteering.volunteers.menu", icon = "vaadin:user-check")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class VolunteersView extends Main implements HasDynamicTitle {

    public static final String PATH = "volunteers";

    private final transient VolunteerService volunteers;
    private final transient ConcernService concerns;

    public VolunteersView(VolunteerService volunteers, ConcernService concerns) {
        this.volunteers = volunteers;
        this.concerns = concerns;
        addClassName("volunteers-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("volunteering.volunteers.title")));
        List<Concern> open = concerns.open();
        if (!open.isEmpty()) {
            add(new H2(getTranslation("volunteering.volunteers.concerns")));
            open.forEach(concern -> add(concernCard(concern)));
        }
        List<VolunteerOverview> all = volunteers.inMyAreas();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("volunteering.volunteers.none")));
        }
        all.forEach(volunteer -> add(volunteerCard(volunteer)));
        List<List<String>> rows = all.stream().map(volunteer -> List.of(volunteer.candidate().firstName(), volunteer.municipalityName(),
                Labels.list(this, volunteer.candidate().languages().stream().map(LanguageSkill::language).toList()),
                volunteer.openMatches() + " / " + volunteer.maxMatches(),
                Labels.list(this, volunteer.programmes().stream().filter(ProgrammeStatus::ready).map(status -> status.programme().kind()).toList()),
                getTranslation(volunteer.candidate().paused() ? "shared.yes" : "shared.no"))).toList();
        List<String> headings = List.of(getTranslation("volunteering.export.first-name"), getTranslation("volunteering.export.municipality"),
                getTranslation("volunteering.export.languages"), getTranslation("volunteering.export.matches"),
                getTranslation("volunteering.export.ready"), getTranslation("volunteering.export.paused"));
        add(new TableExport("volunteers", () -> new TableExport.Table(headings, rows)));
    }

    private Component volunteerCard(VolunteerOverview volunteer) {
        Div card = new Div();
        card.addClassName("card");
        long id = volunteer.candidate().accountId();
        card.setId("volunteer-" + id);
        card.add(new H2(getTranslation("volunteering.volunteers.name", Map.of("name", volunteer.candidate().firstName(),
                "municipality", volunteer.municipalityName()))));
        card.add(new Paragraph(getTranslation("volunteering.mine.speaks", Map.of("value",
                Labels.list(this, volunteer.candidate().languages().stream().map(LanguageSkill::language).toList())))));
        card.add(new Paragraph(getTranslation("volunteering.volunteers.matches", Map.of("open", volunteer.openMatches(),
                "max", volunteer.maxMatches()))));
        for (ProgrammeStatus status : volunteer.programmes()) {
            Paragraph line = new Paragraph(status.ready()
                    ? getTranslation("volunteering.volunteers.ready", Map.of("programme", Labels.of(this, status.programme().kind())))
                    : getTranslation("volunteering.mine.missing", Map.of("programme", Labels.of(this, status.programme().kind()),
                            "missing", Labels.list(this, status.missing()))));
            Button vet = new Button(getTranslation("volunteering.volunteers.vet"), click -> vettingDialog(id, status).open());
            vet.setId("vet-" + id + "-" + status.programme().kind().name().toLowerCase(java.util.Locale.ROOT));
            vet.addThemeVariants(ButtonVariant.SMALL);
            card.add(new Div(line, vet));
        }
        if (volunteer.candidate().paused()) {
            card.add(new Paragraph(getTranslation("volunteering.mine.status.paused")));
            Button resume = new Button(getTranslation("volunteering.volunteers.resume"), click -> act(() -> volunteers.resume(id)));
            resume.setId("resume-" + id);
            card.add(resume);
        } else {
            Button pause = new Button(getTranslation("volunteering.volunteers.pause"), click -> act(() -> volunteers.pause(id)));
            pause.setId("pause-" + id);
            pause.addThemeVariants(ButtonVariant.ERROR);
            card.add(pause);
        }
        return card;
    }

    private Dialog vettingDialog(long volunteerId, ProgrammeStatus status) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("volunteering.volunteers.vet-title", Map.of("programme", Labels.of(this, status.programme().kind()))));
        Vetting seen = status.vetting();
        DatePicker interview = date("volunteering.requirement.interview", seen.interviewOn(), "vet-interview");
        DatePicker training = date("volunteering.requirement.training", seen.trainingOn(), "vet-training");
        DatePicker agreement = date("volunteering.requirement.agreement", seen.agreementOn(), "vet-agreement");
        DatePicker recordChecked = date("volunteering.volunteers.record-checked", seen.recordCheckedOn(), "vet-record-checked");
        Select<RecordType> recordType = new Select<>();
        recordType.setId("vet-record-type");
        recordType.setLabel(getTranslation("volunteering.volunteers.record-type"));
        recordType.setItems(RecordType.values());
        recordType.setItemLabelGenerator(type -> type == null ? "" : getTranslation(type.translationKey()));
        recordType.setEmptySelectionAllowed(true);
        recordType.setValue(seen.recordType());
        DatePicker validUntil = date("volunteering.volunteers.record-valid-until", seen.recordValidUntil(), "vet-record-valid-until");
        validUntil.setMax(null);
        Paragraph never = new Paragraph(getTranslation("volunteering.volunteers.never-the-document"));
        Button save = new Button(getTranslation("volunteering.volunteers.save"), click -> {
            if (RuleMessages.attempt(() -> volunteers.recordVetting(volunteerId, status.programme().kind(), new Vetting(interview.getValue(),
                    training.getValue(), agreement.getValue(), recordChecked.getValue(), recordType.getValue(), validUntil.getValue())))) {
                dialog.close();
                render();
            }
        });
        save.setId("vet-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("volunteering.volunteers.cancel"), click -> dialog.close());
        dialog.add(new Div(interview, training, agreement, recordChecked, recordType, validUntil, never));
        dialog.getFooter().add(cancel, save);
        return dialog;
    }

    private DatePicker date(String labelKey, @Nullable LocalDate value, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        DatePickers.localise(picker, getLocale());
        picker.setValue(value);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private Component concernCard(Concern concern) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("concern-" + concern.id());
        String reporter = concern.reporterFirstName() == null ? getTranslation("volunteering.volunteers.anonymous") : concern.reporterFirstName();
        card.add(new H2(concern.about()), new Paragraph(concern.description()),
                new Paragraph(getTranslation("volunteering.volunteers.reported", Map.of("date",
                        Formats.shortDate(concern.reportedAt(), SupportedLanguage.of(getLocale()), Zones.STOCKHOLM), "reporter", reporter))));
        Button handled = new Button(getTranslation("volunteering.volunteers.handled"), click -> act(() -> concerns.handled(concern.id())));
        card.add(handled);
        return card;
    }

    private void act(Runnable action) {
        if (RuleMessages.attempt(action)) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.volunteers.title");
    }
}
