package se.motesplats.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.motesplats.attendance.AttendanceService;
import se.motesplats.attendance.MeetingToLead;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;

/**
 * "Today" for leaders: their associations' meetings today, each with the check-in code screen and
 * the roll call. Opening it also lets the roll call store today's lists on the phone for offline use.
 */
@Route(MeetingsTodayView.PATH)
@Menu(order = 20, title = "attendance.today.menu", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ORGANISATION_MEMBER, Roles.ACTIVITY_LEADER})
public class MeetingsTodayView extends Main implements HasDynamicTitle {

    public static final String PATH = "leading-today";

    public MeetingsTodayView(AttendanceService attendance) {
        addClassNames("narrow-view", "meetings-today-view");
        add(new H1(getTranslation("attendance.today.title")));
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        List<MeetingToLead> meetings = attendance.today(language);
        Div list = new Div();
        list.setId("meetings-today");
        if (meetings.isEmpty()) {
            list.add(new Paragraph(getTranslation("attendance.today.none")));
        }
        for (MeetingToLead meeting : meetings) {
            Div card = new Div();
            card.addClassName("card");
            Anchor code = new Anchor(CheckInCodeView.PATH + "/" + meeting.meetingId(), getTranslation("attendance.today.show-code"));
            code.setId("show-code-" + meeting.meetingId());
            code.addClassName("button-link");
            Anchor rollCall = new Anchor(RollCallView.PATH + "/" + meeting.meetingId(), getTranslation("attendance.today.roll-call"));
            rollCall.setId("roll-call-" + meeting.meetingId());
            rollCall.addClassNames("button-link", "primary");
            // a full page load: the roll call is a client-side page that must also open offline
            rollCall.getElement().setAttribute("router-ignore", true);
            card.add(new H2(meeting.title()), new Paragraph(getTranslation("attendance.today.when",
                    Map.of("time", Formats.time(meeting.startsAt(), language, Zones.STOCKHOLM)))), rollCall, code);
            list.add(card);
        }
        add(list);
        getElement().appendChild(new RollCallView.Preloader().getElement());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.today.title");
    }
}
