package se.motesplats.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every user-visible text, read from {@code translations/<tag>.properties} (UTF-8, ICU message
 * patterns with named arguments). Keys are {@code <module>.<screen>.<element>}.
 */
public final class TranslationCatalog {

    public static final String CLASSPATH_FOLDER = "translations/";

    private final Map<SupportedLanguage, Map<String, String>> texts;

    TranslationCatalog(Map<SupportedLanguage, Map<String, String>> texts) {
        this.texts = texts;
    }

    public static TranslationCatalog loadFromClasspath() {
        Map<SupportedLanguage, Map<String, String>> texts = new EnumMap<>(SupportedLanguage.class);
        ClassLoader loader = TranslationCatalog.class.getClassLoader();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            String resource = CLASSPATH_FOLDER + fileName(language);
            try (InputStream in = loader.getResourceAsStream(resource)) {
                texts.put(language, in == null ? Map.of() : read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new TranslationCatalog(texts);
    }

    public static String fileName(SupportedLanguage language) {
        return language.tag() + ".properties";
    }

    static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> result = new TreeMap<>();
        properties.forEach((key, value) -> result.put((String) key, (String) value));
        return Collections.unmodifiableMap(result);
    }

    /** The texts written for exactly this language, without fallbacks. */
    public Map<String, String> textsOf(SupportedLanguage language) {
        return texts.getOrDefault(language, Map.of());
    }

    /** The pattern for a key: the language's own, else its parent's, else the Swedish source. */
    public Optional<Resolved> pattern(SupportedLanguage language, String key) {
        for (SupportedLanguage candidate = language; ; candidate = candidate.parent().orElse(SupportedLanguage.SOURCE)) {
            String pattern = textsOf(candidate).get(key);
            if (pattern != null) {
                return Optional.of(new Resolved(candidate, pattern));
            }
            if (candidate == SupportedLanguage.SOURCE) {
                return Optional.empty();
            }
        }
    }

    /** A pattern and the language it was actually written in (differs when it fell back). */
    public record Resolved(SupportedLanguage language, String pattern) {
    }
}
