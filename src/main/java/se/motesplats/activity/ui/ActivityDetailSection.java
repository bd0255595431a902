package se.motesplats.activity.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import se.motesplats.activity.ActivityDetail;

/**
 * A part another module adds to an activity's page, such as signing up. Modules declare them as
 * beans, so the activity module needs to know none of them.
 */
@NamedInterface("ui")
public interface ActivityDetailSection {

    /** The section for this activity and visitor; shown below the description. */
    Component create(ActivityDetail detail);
}
