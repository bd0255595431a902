package se.motesplats.security.hostile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The figures of the hostile input tests for {@code docs/security.md}: each test adds its own keys to
 * {@code target/security-report/hostile-input.properties}, keeping the others' keys.
 */
public final class HostileReport {

    static final Path FILE = Path.of("target", "security-report", "hostile-input.properties");

    private HostileReport() {
    }

    public static synchronized void put(Map<String, ?> figures) {
        try {
            Files.createDirectories(FILE.getParent());
            Properties properties = new Properties();
            if (Files.exists(FILE)) {
                try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            figures.forEach((key, value) -> properties.setProperty(key, String.valueOf(value)));
            Map<String, String> sorted = new TreeMap<>();
            properties.forEach((key, value) -> sorted.put((String) key, (String) value));
            try (Writer out = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8)) {
                out.write("# Hostile input (issue 8, item 6): written by the tests in se.motesplats.security.hostile\n");
                for (Map.Entry<String, String> entry : sorted.entrySet()) {
                    out.write(entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\").replace("\n", "\\n") + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
