package se.motesplats.security.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile input corpus ({@code src/test/resources/hostile/xss-payloads.txt}): one payload per
 * line, placeholders for the payload's number and for characters a text file shows badly.
 */
public final class HostilePayloads {

    private static final String CORPUS = "/hostile/xss-payloads.txt";
    private static final Pattern CODE_POINT = Pattern.compile("\\{\\{U\\+([0-9A-Fa-f]{4,6})\\}\\}");
    private static final List<Payload> ALL = read();

    private HostilePayloads() {
    }

    /** One payload: its number (what the detector reports when it fires) and its text. */
    public record Payload(int id, String text) {

        /** The text shown in test names and reports: control and invisible characters made visible. */
        public String visible() {
            StringBuilder shown = new StringBuilder();
            text.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || c == 0x2028 || c == 0x2029) {
                    shown.append(String.format("\\u%04X", c));
                } else {
                    shown.appendCodePoint(c);
                }
            });
            return shown.toString();
        }

        @Override
        public String toString() {
            return "#" + id + " " + visible();
        }
    }

    public static List<Payload> all() {
        return ALL;
    }

    public static Payload byId(int id) {
        return ALL.get(id - 1);
    }

    private static List<Payload> read() {
        try (InputStream in = HostilePayloads.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + CORPUS);
            }
            List<Payload> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int id = payloads.size() + 1;
                String text = expand(line, id);
                if (!text.equals(text.strip())) {
                    throw new IllegalStateException("Payload " + id + " starts or ends with white space: fields strip it");
                }
                payloads.add(new Payload(id, text));
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expand(String line, int id) {
        String text = line.replace("{{ID}}", Integer.toString(id))
                .replace("{{CR}}", "\r").replace("{{LF}}", "\n").replace("{{TAB}}", "\t").replace("{{NUL}}", "\0");
        Matcher codePoint = CODE_POINT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (codePoint.find()) {
            codePoint.appendReplacement(expanded, Matcher.quoteReplacement(Character.toString(Integer.parseInt(codePoint.group(1), 16))));
        }
        codePoint.appendTail(expanded);
        return expanded.toString();
    }
}
