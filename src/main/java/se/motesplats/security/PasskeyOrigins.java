package se.motesplats.security;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The web origins a passkey may be used from (the browser writes its origin into what the passkey signs).
 * Configured for a real host; unconfigured, this server's own address on localhost, which is what
 * development and the tests use, whose port is only known once the server runs. The set is read at
 * every ceremony, so adding the port later reaches the relying party.
 */
@Component
class PasskeyOrigins implements ApplicationListener<WebServerInitializedEvent> {

    private final Set<String> origins = new CopyOnWriteArraySet<>();
    private final boolean configured;

    PasskeyOrigins(@Value("${motesplats.passkeys.origins:}") List<String> configured) {
        configured.stream().map(String::strip).filter(origin -> !origin.isEmpty()).forEach(origins::add);
        this.configured = !origins.isEmpty();
    }

    Set<String> live() {
        return origins;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (!configured) {
            origins.add("http://localhost:" + event.getWebServer().getPort());
        }
    }
}
