package se.motesplats.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.PluralRules.PluralType;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks one language's texts against the Swedish source: the same keys, valid ICU patterns, the
 * same argument names, and in every plural block exactly the CLDR categories the language uses
 * (explicit {@code =N} selectors are always allowed). Plain Java, so that the build's test and the
 * translators' workbench apply the same rules.
 */
public final class TranslationValidator {

    private TranslationValidator() {
    }

    /** Human-readable problems, each starting with the key it concerns; empty when all is well. */
    public static List<String> problems(Map<String, String> source, SupportedLanguage language, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        source.keySet().stream()
                .filter(key -> !texts.containsKey(key))
                .forEach(key -> problems.add(key + ": missing"));
        ULocale locale = ULocale.forLocale(language.formattingLocale());
        texts.forEach((key, pattern) -> {
            String sourcePattern = source.get(key);
            if (sourcePattern == null) {
                problems.add(key + ": not in the source (" + TranslationCatalog.fileName(SupportedLanguage.SOURCE) + ")");
            }
            problems.addAll(patternProblems(key, pattern, sourcePattern, locale));
        });
        return problems;
    }

    private static List<String> patternProblems(
            String key, String pattern, @Nullable String sourcePattern, ULocale locale) {
        MessagePattern parsed;
        try {
            // MessageFormat checks more than the syntax, e.g. a plural block without "other"
            new MessageFormat(pattern, locale);
            parsed = new MessagePattern(pattern);
        } catch (IllegalArgumentException invalid) {
            return List.of(key + ": invalid ICU pattern (" + invalid.getMessage() + ")");
        }
        List<String> problems = new ArrayList<>();
        if (sourcePattern != null) {
            argumentProblem(parsed, sourcePattern).ifPresent(problem -> problems.add(key + ": " + problem));
        }
        for (PluralBlock block : pluralBlocks(parsed)) {
            Set<String> categories = PluralRules.forLocale(locale, block.type()).getKeywords();
            Set<String> missing = new TreeSet<>(categories);
            missing.removeAll(block.selectors());
            if (!missing.isEmpty()) {
                problems.add(key + ": plural misses " + missing);
            }
            Set<String> unused = new TreeSet<>(block.selectors());
            unused.removeIf(selector -> categories.contains(selector) || selector.startsWith("="));
            if (!unused.isEmpty()) {
                problems.add(key + ": plural has categories " + unused + " that the language does not use");
            }
        }
        return problems;
    }

    private static Optional<String> argumentProblem(MessagePattern translation, String sourcePattern) {
        Set<String> expected;
        try {
            expected = argumentNames(new MessagePattern(sourcePattern));
        } catch (IllegalArgumentException invalidSource) {
            return Optional.of("cannot compare arguments: the source pattern is invalid");
        }
        Set<String> actual = argumentNames(translation);
        return expected.equals(actual)
                ? Optional.empty()
                : Optional.of("arguments " + actual + " but the source has " + expected);
    }

    /** Every argument name, nested ones included (ICU's MessageFormat.getArgumentNames gives only the top level). */
    static Set<String> argumentNames(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            Part part = pattern.getPart(i);
            if (part.getType() == Part.Type.ARG_NAME || part.getType() == Part.Type.ARG_NUMBER) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** A plural or selectordinal block and its selectors, without those of blocks nested in it. */
    record PluralBlock(PluralType type, Set<String> selectors) {
    }

    static List<PluralBlock> pluralBlocks(MessagePattern pattern) {
        List<PluralBlock> blocks = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            Part part = pattern.getPart(i);
            if (part.getType() == Part.Type.ARG_START && part.getArgType().hasPluralStyle()) {
                PluralType type = part.getArgType() == ArgType.SELECTORDINAL ? PluralType.ORDINAL : PluralType.CARDINAL;
                blocks.add(new PluralBlock(type, selectorsOf(pattern, i)));
            }
        }
        return blocks;
    }

    private static Set<String> selectorsOf(MessagePattern pattern, int argStart) {
        Set<String> selectors = new TreeSet<>();
        int limit = pattern.getLimitPartIndex(argStart);
        for (int j = argStart + 1; j < limit; j++) {
            Part inner = pattern.getPart(j);
            if (inner.getType() == Part.Type.ARG_SELECTOR) {
                selectors.add(pattern.getSubstring(inner));
            } else if (inner.getType() == Part.Type.MSG_START) {
                // nested blocks are visited on their own by pluralBlocks
                j = pattern.getLimitPartIndex(j);
            }
        }
        return selectors;
    }
}
