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
import se.motesplats.attendance.AttendanceService.EarlierMeeting;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.security.Roles;
import se.motesplats.shared.Zones;
import se.motesplats.shared.ui.TableExport;

/**
 * Coordinators correct roll calls after the meeting's day (leaders may only on the day): the
 * meetings of the last weeks in their areas, each with how many were present and its roll call.
 * Every correction is a mark with who made it (attendance_mark), as on the leader's phone. The list
 * downloads as CSV or Excel for the coordinators' own follow-up.
 */
@Route(EarlierMeetingsView.PATH)
@Menu(order = 66, title = "attendance.earlier.menu", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMINISTRATOR})
public class EarlierMeetingsView extends Main implements HasDynamicTitle {

    public static final String PATH = "earlier-meetings";
    static final int WEEKS = 8;

    public EarlierMeetingsView(AttendanceService attendance) {
        addClassNames("narrow-view", "earlier-meetings-view");
        SupportedLanguage language = SupportedLanguage.of(getLocale());
        add(new H1(getTranslation("attendance.earlier.title")), new Paragraph(getTranslation("attendance.earlier.intro", Map.of("weeks", WEEKS))));
        List<EarlierMeeting> meetings = attendance.earlierMeetings(WEEKS, language);
        Div list = new Div();
        list.setId("earlier-meetings");
        if (meetings.isEmpty()) {
            list.add(new Paragraph(getTranslation("attendance.earlier.none")));
        }
        for (EarlierMeeting earlier : meetings) {
            Div card = new Div(new H2(earlier.meeting().title()), new Paragraph(getTranslation("attendance.earlier.when",
                    Map.of("when", Formats.meeting(earlier.meeting().startsAt(), language, Zones.STOCKHOLM), "present", earlier.present()))));
            card.addClassName("card");
            Anchor rollCall = new Anchor(RollCallView.PATH + "/" + earlier.meeting().meetingId(), getTranslation("attendance.earlier.correct"));
            rollCall.setId("correct-" + earlier.meeting().meetingId());
            rollCall.addClassName("button-link");
            // the roll call is a client-side page (see MeetingsTodayView)
            rollCall.getElement().setAttribute("router-ignore", true);
            card.add(rollCall);
            list.add(card);
        }
        add(list);
        if (!meetings.isEmpty()) {
            List<String> headings = List.of(getTranslation("attendance.export.activity"), getTranslation("attendance.export.meeting"),
                    getTranslation("attendance.export.present"));
            List<List<String>> rows = meetings.stream().map(earlier -> List.of(earlier.meeting().title(),
                    Formats.meeting(earlier.meeting().startsAt(), language, Zones.STOCKHOLM), String.valueOf(earlier.present()))).toList();
            add(new TableExport("earlier-meetings", () -> new TableExport.Table(headings, rows)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.earlier.title");
    }
}
