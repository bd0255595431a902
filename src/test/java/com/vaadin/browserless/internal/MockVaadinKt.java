package com.vaadin.browserless.internal;

import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinService;

/**
 * Replaces the class of the same name in browserless-test-shared 1.1.2, which reads VaadinService's
 * listener lists by reflection; Vaadin 25.3 keeps them in its event bus instead, so every browserless
 * test failed with {@code NoSuchFieldException: sessionInitListeners}. Central has no browserless-test
 * release for 25.3 yet (the Vaadin BOM's 25.3.0 is not served); delete this file when one is used.
 * Test classes come first on the class path, so this one is loaded instead of the library's.
 */
public final class MockVaadinKt {

    private MockVaadinKt() {
    }

    public static void fireSessionInitListeners(VaadinService service, SessionInitEvent event) {
        service.getEventBus().fireEvent(event, MockVaadinKt::rethrow);
    }

    public static void fireServiceDestroyListeners(VaadinService service, ServiceDestroyEvent event) {
        service.getEventBus().fireEvent(event, MockVaadinKt::rethrow);
    }

    /** As the library did: a failing listener fails the test instead of only being logged. */
    private static void rethrow(Object event, Exception failure) {
        throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
