package se.motesplats.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.AccountService;
import se.motesplats.security.AuditLog;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;

/**
 * Administrators search the audit log by person, by who acted, by kind of action and by days, and
 * export what they found as CSV. People appear by account id and, while the account exists, first name.
 */
@Route(AuditLogView.PATH)
@Menu(order = 85, title = "security.audit.menu", icon = "vaadin:search")
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditLogView extends Main implements HasDynamicTitle {

    public static final String PATH = "audit-log";

    private final transient AuditLog audit;
    private final transient AccountService accounts;
    private final IntegerField person = new IntegerField();
    private final IntegerField actor = new IntegerField();
    private final TextField action = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditLog.AuditEntry> entries = new Grid<>();
    private Map<Long, String> names = Map.of();

    public AuditLogView(AuditLog audit, AccountService accounts, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        addClassName("audit-log-view");
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        person.setLabel(getTranslation("security.audit.person"));
        person.setId("audit-person");
        actor.setLabel(getTranslation("security.audit.actor"));
        actor.setId("audit-actor");
        action.setLabel(getTranslation("security.audit.action"));
        action.setId("audit-action");
        from.setLabel(getTranslation("security.audit.from"));
        from.setValue(today.minusDays(30));
        until.setLabel(getTranslation("security.audit.until"));
        until.setValue(today);
        Button search = new Button(getTranslation("security.audit.search"), click -> refresh());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            StringWriter csv = new StringWriter();
            audit.exportCsv(search(), csv);
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-log.csv", "text/csv", bytes.length);
        }), getTranslation("security.audit.export"));
        export.setId("audit-export");
        export.addClassName("button-link");

        SupportedLanguage language = SupportedLanguage.of(getLocale());
        entries.setId("audit-entries");
        entries.addColumn(entry -> Formats.meeting(entry.at(), language, Zones.STOCKHOLM)).setHeader(getTranslation("security.audit.when"))
                .setAutoWidth(true);
        entries.addColumn(entry -> entry.actor() == null ? getTranslation("security.audit.system") : name(entry.actor()))
                .setHeader(getTranslation("security.audit.actor"));
        entries.addColumn(AuditLog.AuditEntry::action).setHeader(getTranslation("security.audit.action"));
        entries.addColumn(AuditLog.AuditEntry::subject).setHeader(getTranslation("security.audit.subject"));
        entries.addColumn(entry -> entry.person() == null ? "" : name(entry.person())).setHeader(getTranslation("security.audit.person"));
        entries.addColumn(entry -> Objects.toString(entry.detail(), "")).setHeader(getTranslation("security.audit.detail"));
        add(new H1(getTranslation("security.audit.title")), new Paragraph(getTranslation("security.audit.intro")),
                new FormLayout(person, actor, action, from, until), search, export, entries);
        refresh();
    }

    private String name(long accountId) {
        String first = names.get(accountId);
        return first == null ? "#" + accountId : first + " (#" + accountId + ")";
    }

    private AuditLog.AuditSearch search() {
        LocalDate first = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate last = until.getValue() == null ? LocalDate.of(9999, 1, 1) : until.getValue();
        return new AuditLog.AuditSearch(asId(person.getValue()), asId(actor.getValue()), action.getValue().strip(),
                first.atStartOfDay(Zones.STOCKHOLM).toInstant(), last.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toInstant());
    }

    private static @Nullable Long asId(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }

    private void refresh() {
        var found = audit.search(search());
        names = accounts.firstNames(found.stream().flatMap(entry -> java.util.stream.Stream.of(entry.actor(), entry.person()))
                .filter(Objects::nonNull).distinct().toList());
        entries.setItems(found);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.audit.title");
    }
}
