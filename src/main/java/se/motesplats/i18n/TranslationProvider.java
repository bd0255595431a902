package se.motesplats.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider backed by ICU4J, so that plurals follow CLDR (Arabic six forms,
 * Ukrainian four). Pass named arguments as one {@code Map}; other arguments are positional. Text
 * arguments are isolated from the sentence where their direction could disturb it ({@link Isolation}).
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final TranslationCatalog catalog = TranslationCatalog.loadFromClasspath();
    private final Map<String, Compiled> formats = new ConcurrentHashMap<>();

    /** A pattern ready to format, with its plain arguments to isolate ({@link Isolation}). */
    private record Compiled(MessageFormat format, Isolation isolation) {
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(SupportedLanguage.of(locale), key, params);
    }

    public String translate(SupportedLanguage language, String key, Object... params) {
        return catalog.pattern(language, key)
                .map(resolved -> format(resolved, key, params))
                .orElseGet(() -> {
                    log.warn("Missing translation key {}", key);
                    return "!" + key + "!";
                });
    }

    /** Whether the key exists (in the source language, which has every key). */
    public boolean has(String key) {
        return catalog.textsOf(SupportedLanguage.SOURCE).containsKey(key);
    }

    /**
     * The raw ICU patterns of every key under a prefix, in a language with the usual fallback, for
     * client-side code that formats them itself (the offline roll call).
     */
    public Map<String, String> patterns(SupportedLanguage language, String prefix) {
        Map<String, String> patterns = new java.util.TreeMap<>();
        catalog.textsOf(SupportedLanguage.SOURCE).keySet().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> catalog.pattern(language, key).ifPresent(resolved -> patterns.put(key, resolved.pattern())));
        return patterns;
    }

    private String format(TranslationCatalog.Resolved resolved, String key, Object... params) {
        Compiled compiled = formats.computeIfAbsent(resolved.language().tag() + '|' + key,
                ignored -> new Compiled(new MessageFormat(resolved.pattern(), ULocale.forLocale(resolved.language().formattingLocale())),
                        new Isolation(resolved.pattern(), resolved.language().direction())));
        Object[] arguments;
        if (params.length == 1 && params[0] instanceof Map<?, ?> named) {
            Map<String, Object> isolated = new java.util.HashMap<>();
            named.forEach((name, value) -> isolated.put(String.valueOf(name), compiled.isolation().named(String.valueOf(name), value)));
            arguments = new Object[] {isolated};
        } else {
            arguments = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                arguments[i] = compiled.isolation().positional(i, params[i]);
            }
        }
        MessageFormat format = compiled.format();
        // ICU's MessageFormat is not thread-safe; one cached instance per pattern is shared by all sessions
        synchronized (format) {
            if (arguments.length == 1 && arguments[0] instanceof Map<?, ?> named) {
                return format.format(named);
            }
            return format.format(arguments);
        }
    }
}
