package se.motesplats.attendance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.motesplats.activity.ActivityService;
import se.motesplats.activity.Meeting;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.CheckInCode;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.QrCodeImage;

/**
 * The leader's check-in screen: a large QR code that changes every minute and the six-digit code
 * for people who cannot scan. The page asks the server every few seconds whether the minute has passed.
 */
@Route(CheckInCodeView.PATH + "/:meeting")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class CheckInCodeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "check-in-code";
    private static final int POLL_MILLIS = 5_000;

    private final transient AttendanceService attendance;
    private final transient ActivityService activities;
    private final transient Clock clock;
    private final Image qr = new Image();
    private final Span shortCode = new Span();
    private long meetingId;
    private @Nullable CheckInCode shown;
    private String baseUrl = "";
    private com.vaadin.flow.shared.@Nullable Registration polling;

    public CheckInCodeView(AttendanceService attendance, ActivityService activities, Clock clock) {
        this.attendance = attendance;
        this.activities = activities;
        this.clock = clock;
        addClassNames("narrow-view", "check-in-code-view");
        qr.setId("check-in-qr");
        shortCode.setId("check-in-short-code");
        shortCode.addClassName("short-code");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meeting").orElse(-1L);
        Meeting meeting = activities.meeting(meetingId).orElseThrow(NotFoundException::new);
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        String title = activities.headline(meeting.activityId(), language).orElseThrow(NotFoundException::new).title();
        baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        removeAll();
        qr.setAlt(getTranslation("attendance.code.qr-alt", Map.of("title", title)));
        Div code = new Div(new Span(getTranslation("attendance.code.type")), shortCode);
        code.addClassName("short-code-box");
        Anchor rollCall = new Anchor(RollCallView.PATH + "/" + meetingId, getTranslation("attendance.today.roll-call"));
        rollCall.getElement().setAttribute("router-ignore", true);
        add(new H1(title), new Paragraph(Formats.meeting(meeting.occurrence().startsAt(), language, Zones.STOCKHOLM)),
                new Paragraph(getTranslation("attendance.code.scan")), qr, code, new Paragraph(rollCall));
        refresh();
    }

    private void refresh() {
        if (shown != null && clock.instant().isBefore(shown.changesAt())) {
            return;
        }
        shown = attendance.codeFor(meetingId);
        qr.setSrc(QrCodeImage.dataUrl(baseUrl + "/" + CheckInView.PATH + "/" + shown.token()));
        // spaced in threes so it is easy to read out and type
        shortCode.setText(shown.shortCode().substring(0, 3) + " " + shown.shortCode().substring(3));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.code.title");
    }
}
