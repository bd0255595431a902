package se.motesplats.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Makes Spring Security write its headers (the content security policy, nosniff, …) on every response Vaadin writes.
 * They are written when the response is committed ({@link DocumentHeaders}), and Spring sees that happen when the
 * response outgrows its buffer, is flushed or its stream closed. Vaadin's servlet is reached by a forward, and Vaadin
 * writes a bootstrap page or an {@code init} answer without flushing or closing: one smaller than the buffer (8 KB)
 * was committed by the servlet container at the end of the forward, behind Spring's back, with none of the headers.
 * Found when the start page fell below 8 KB (docs/performance.md, "Repeat visit under 15 KiB";
 * {@code SecurityHeadersModuleTest}). So at the end of each Vaadin request the response is flushed, which Spring
 * sees.
 */
@Component
class HeadersOnVaadinResponses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                // nothing to do before
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
                // requestEnd follows
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (response instanceof VaadinServletResponse servletResponse && !servletResponse.isCommitted()) {
                    try {
                        servletResponse.flushBuffer();
                    } catch (IOException gone) {
                        // the browser went away; nothing left to protect
                    }
                }
            }
        });
    }
}
