package se.motesplats.attendance.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.motesplats.activity.ActivityService;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.CheckedIn;
import se.motesplats.attendance.Scan;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.RuleMessages;
import se.motesplats.shared.ui.Pictogram;

/**
 * The participant's check-in. Scanning the leader's QR code with any camera app opens
 * {@code /check-in/<token>}; the start page's "Check in" opens {@code /check-in} to type the short
 * code. Someone not signed in is asked to sign in or join; the scan waits in their session for ten
 * minutes and is used when they come back here after the code step.
 */
@Route(CheckInView.PATH + "/:token?")
@Menu(order = 2, title = "attendance.check-in.menu", icon = "vaadin:qrcode")
@AnonymousAllowed
public class CheckInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "check-in";
    private static final String PENDING_SCAN = CheckInView.class.getName() + ".scan";

    private final transient AttendanceService attendance;
    private final transient ActivityService activities;

    public CheckInView(AttendanceService attendance, ActivityService activities) {
        this.attendance = attendance;
        this.activities = activities;
        addClassNames("narrow-view", "check-in-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("attendance.check-in.title")));
        Optional<String> token = event.getRouteParameters().get("token");
        if (token.isPresent()) {
            attendance.scanned(token.get()).ifPresentOrElse(this::use, () -> {
                add(problem(getTranslation("attendance.check-in.expired")));
                showCodeForm();
            });
            return;
        }
        Scan pending = pendingScan();
        if (pending != null && CurrentPerson.get().isPresent()) {
            use(pending);
        } else {
            showCodeForm();
        }
    }

    /** Checks the person in, or keeps the scan while they sign in or join. */
    private void use(Scan scan) {
        if (CurrentPerson.get().isEmpty()) {
            VaadinSession.getCurrent().getSession().setAttribute(PENDING_SCAN, scan);
            add(new Paragraph(getTranslation("attendance.check-in.sign-in-first")));
            Anchor signIn = new Anchor("sign-in?return=" + PATH, getTranslation("attendance.check-in.sign-in"));
            signIn.setId("check-in-sign-in");
            signIn.addClassNames("button-link", "primary");
            Anchor join = new Anchor("join?return=" + PATH, getTranslation("attendance.check-in.join"));
            join.setId("check-in-join");
            join.addClassName("button-link");
            add(new Div(signIn, join));
            return;
        }
        VaadinSession.getCurrent().getSession().removeAttribute(PENDING_SCAN);
        try {
            confirm(attendance.checkIn(scan));
        } catch (RuleViolation refused) {
            add(problem(getTranslation(refused.translationKey())));
            showCodeForm();
        }
    }

    private void confirm(CheckedIn checkedIn) {
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        String title = activities.headline(checkedIn.activityId(), language).map(headline -> headline.title()).orElse("");
        Div done = new Div(new Pictogram("vaadin:check-circle"), new Paragraph(getTranslation(
                checkedIn.already() ? "attendance.check-in.already" : "attendance.check-in.done",
                Map.of("title", title, "time", Formats.time(checkedIn.at(), language, Zones.STOCKHOLM)))));
        done.setId("check-in-done");
        done.addClassName("check-in-done");
        done.getElement().setAttribute("role", "status");
        add(done, new Paragraph(new Anchor("my-activities", getTranslation("attendance.check-in.my-activities"))));
    }

    private void showCodeForm() {
        TextField code = new TextField(getTranslation("attendance.check-in.code-label"));
        code.setId("check-in-code");
        code.setHelperText(getTranslation("attendance.check-in.code-help"));
        code.setMaxLength(12);
        code.setWidthFull();
        // the phone shows its number pad; the code is digits only
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "off");
        Button send = new Button(getTranslation("attendance.check-in.send"), click -> {
            RuleMessages.attempt(() -> attendance.typed(code.getValue()).ifPresentOrElse(scan -> {
                removeAll();
                add(new H1(getTranslation("attendance.check-in.title")));
                use(scan);
            }, () -> {
                code.setErrorMessage(getTranslation("attendance.check-in.wrong-code"));
                code.setInvalid(true);
            }));
        });
        send.setId("check-in-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        add(new Paragraph(getTranslation("attendance.check-in.intro")), code, send, scanButton());
    }

    /** For phones whose camera app does not open links: the camera inside the page. */
    private Button scanButton() {
        Button scan = new Button(getTranslation("attendance.check-in.scan"), new Pictogram("vaadin:camera"));
        scan.setId("check-in-scan");
        scan.setWidthFull();
        scan.addClickListener(click -> {
            QrScanner scanner = new QrScanner(getTranslation("attendance.check-in.camera"));
            scanner.setId("check-in-scanner");
            scanner.whenFound(found -> UI.getCurrent().navigate(PATH + "/" + found.token()));
            scanner.whenFailed(failed -> {
                scanner.removeFromParent();
                add(problem(getTranslation("attendance.check-in.no-camera")));
            });
            scan.setVisible(false);
            add(scanner);
        });
        return scan;
    }

    private @Nullable Scan pendingScan() {
        return VaadinSession.getCurrent().getSession().getAttribute(PENDING_SCAN) instanceof Scan scan ? scan : null;
    }

    private static Paragraph problem(String text) {
        Paragraph problem = new Paragraph(text);
        problem.addClassName("problem");
        problem.getElement().setAttribute("role", "alert");
        return problem;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.check-in.title");
    }
}
