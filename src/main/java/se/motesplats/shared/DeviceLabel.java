package se.motesplats.shared;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A coarse, recognisable name for a device from its browser's User-Agent ("Android · Chrome"):
 * enough for a person to tell their phone from a library computer, no more.
 */
public final class DeviceLabel {

    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"), Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS", "Mac"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("SamsungBrowser", "Samsung Internet"), Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"),
            Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"), Map.entry("Safari/", "Safari"));

    private DeviceLabel() {
    }

    public static String of(@Nullable String userAgent) {
        if (userAgent == null) {
            return "";
        }
        String system = first(SYSTEMS, userAgent);
        String browser = first(BROWSERS, userAgent);
        return system.isEmpty() || browser.isEmpty() ? system + browser : system + " · " + browser;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst().orElse("");
    }
}
