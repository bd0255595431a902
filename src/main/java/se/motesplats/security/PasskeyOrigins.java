package se.motesplats.security;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where passkeys may be used: the relying party id (a host name) and the web origins (the browser writes its
 * origin into what the passkey signs). Both follow the portal's public address unless configured; on localhost
 * (development and the tests) the running server's own port counts too, as it is only known once the server
 * runs. The set of origins is read at every ceremony, so adding the port later reaches the relying party.
 */
@Component
class PasskeyOrigins implements ApplicationListener<WebServerInitializedEvent> {

    private final Set<String> origins = new CopyOnWriteArraySet<>();
    private final String rpId;
    private final boolean local;

    PasskeyOrigins(@Value("${motesplats.public-url}") URI publicUrl, @Value("${motesplats.passkeys.rp-id:}") String rpId,
            @Value("${motesplats.passkeys.origins:}") List<String> configured) {
        this.rpId = rpId.isBlank() ? publicUrl.getHost() : rpId.strip();
        configured.stream().map(String::strip).filter(origin -> !origin.isEmpty()).forEach(origins::add);
        if (origins.isEmpty()) {
            origins.add(publicUrl.getScheme() + "://" + publicUrl.getRawAuthority());
        }
        this.local = configured.stream().allMatch(String::isBlank) && "localhost".equals(this.rpId);
    }

    String rpId() {
        return rpId;
    }

    Set<String> live() {
        return origins;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (local) {
            origins.add("http://localhost:" + event.getWebServer().getPort());
        }
    }
}
