package se.motesplats.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected error while opening a view: logged for us, a calm translated sentence and a way to try again for the visitor. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        // e.g. a listing whose query failed: the visitor can ask for the same page again instead of starting over
        // ("./": a path is never read as a scheme such as javascript:)
        add(new ErrorPage("unexpected", "./" + event.getLocation().getPathWithQueryParameters()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
