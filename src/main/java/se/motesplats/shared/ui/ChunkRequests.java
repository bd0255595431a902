package se.motesplats.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.DependencyList;
import com.vaadin.flow.internal.BundleUtils;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.ui.Dependency;
import com.vaadin.flow.shared.ui.LoadMode;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps out of a page's responses the requests to load chunks that the production bundle does not have
 * (docs/performance.md, "Repeat visit"). In production mode Vaadin asks the browser to load the chunk of every
 * component class that a response attaches, and of each of its superclasses, in case one has a chunk: twenty requests
 * of 64 random hexadecimal digits each on the activity listing, about 0.9 KB of the 3 KB a phone receives there, on
 * every page. The bundle has a chunk only for a route's view (what that view alone uses); the other requests do
 * nothing in the browser.
 *
 * <p>Vaadin adds those requests while it writes the response, after everything an application can hook into. So,
 * before a UI's first response and before each response that shows a view, the requests Vaadin is going to add for the
 * UI's components, except those of routes, are put on the UI's list of dependencies and marked as sent; Vaadin then
 * finds them there and leaves them out (the list holds the same entries as without this, for the session's memory).
 * Only when nothing else is waiting to be sent (marking sent is for the whole list). What a response attaches later, in
 * another part's own step before the response, is sent as Vaadin made it.
 */
@org.springframework.stereotype.Component
class ChunkRequests implements VaadinServiceInitListener {

    private volatile Set<Class<?>> routes;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return; // the development bundle has its chunks elsewhere
        }
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.beforeClientResponse(ui, context -> onlyRouteChunks(ui));
            ui.addAfterNavigationListener(navigation -> ui.beforeClientResponse(ui, context -> onlyRouteChunks(ui)));
        });
    }

    private void onlyRouteChunks(UI ui) {
        Set<Class<?>> views = routes(ui);
        VaadinService service = ui.getSession().getService();
        Set<String> needless = Stream.concat(Stream.of(ui), ui.getChildren().flatMap(ChunkRequests::withDescendants))
                .map(Component::getClass).distinct()
                .filter(type -> mightHaveChunk(service, type))
                .flatMap(ChunkRequests::withSuperclasses)
                .filter(type -> !views.contains(type))
                .map(ChunkRequests::chunkRequest).collect(Collectors.toSet());
        DependencyList dependencies = ui.getInternals().getDependencyList();
        if (dependencies.getPendingSendToClient().stream().map(Dependency::getUrl).allMatch(needless::contains)) {
            needless.forEach(request -> dependencies.add(new Dependency(Dependency.Type.DYNAMIC_IMPORT, request, LoadMode.LAZY)));
            dependencies.clearPendingSendToClient();
        }
    }

    /** Vaadin's own test (UIInternals.mightHaveChunk): the classes it asks chunks for, with their superclasses. */
    private static boolean mightHaveChunk(VaadinService service, Class<? extends Component> type) {
        return !ComponentUtil.getDependencies(service, type).isEmpty() || type.isAnnotationPresent(Route.class);
    }

    /** What Vaadin puts into a response to load the chunk of a class (UIInternals.addComponentDependencies). */
    static String chunkRequest(Class<?> type) {
        return "return window.Vaadin.Flow.loadOnDemand('" + BundleUtils.getChunkId(type.getName()) + "');";
    }

    private static Stream<Component> withDescendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ChunkRequests::withDescendants));
    }

    private static Stream<Class<?>> withSuperclasses(Class<?> type) {
        return Stream.<Class<?>>iterate(type, current -> current != Component.class && current != null, Class::getSuperclass);
    }

    /** The views of all routes. Routes are fixed once the app runs. */
    private Set<Class<?>> routes(UI ui) {
        Set<Class<?>> known = routes;
        if (known == null) {
            known = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(ui.getSession().getService().getContext()))
                    .getAvailableRoutes().stream().map(RouteData::getNavigationTarget).collect(Collectors.toUnmodifiableSet());
            routes = known;
        }
        return known;
    }
}
