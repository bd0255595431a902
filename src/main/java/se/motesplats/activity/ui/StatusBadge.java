package se.motesplats.activity.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import se.motesplats.activity.ActivityStatus;

/** An activity's workflow status as a coloured, translated label. */
class StatusBadge extends Span {

    StatusBadge(ActivityStatus status) {
        setText(getTranslation("activity.status." + status.name().toLowerCase(Locale.ROOT)));
        addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
