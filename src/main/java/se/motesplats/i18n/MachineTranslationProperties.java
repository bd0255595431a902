package se.motesplats.i18n;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The machine translation service ({@code motesplats.machine-translation.*}): the address of a
 * LibreTranslate-compatible service (no address: no machine translation), its API key if it wants
 * one, how long to wait for it, and the portal's languages it translates, as language tags, each
 * optionally with the service's own code ({@code fa-AF=fa} sends Dari as Persian).
 */
@ConfigurationProperties("motesplats.machine-translation")
public record MachineTranslationProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String apiKey,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT20S") Duration readTimeout,
        @DefaultValue({"sv", "en", "ar", "fa", "uk"}) List<String> languages) {

    /** Without the API key, in case the settings are ever logged. */
    @Override
    public String toString() {
        return "MachineTranslationProperties[url=" + url + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", languages=" + languages + "]";
    }
}
