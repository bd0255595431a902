package se.motesplats.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Command-line tool for translators, without Spring: how complete each language is, and a CSV
 * sheet round trip for the keys a language still lacks. An import is checked with
 * {@link TranslationValidator} before anything is written, so a bad sheet cannot break the build.
 */
public final class TranslationWorkbench {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private static final String ALL = "--all";
    private static final String USAGE_TEXT = """
            Usage:
              coverage                         keys translated per language, and problems
              export <tag> <file.csv> [--all]  keys missing or still Swedish in a language (--all: every key)
              import <tag> <file.csv>          non-empty 'translation' cells into <tag>.properties, if valid
            The translation files are read from -Dmotesplats.translations (default: translations).
            Tags: %s""";

    private final Folder folder;

    public TranslationWorkbench(Path folder) {
        this.folder = new Folder(folder);
    }

    public static void main(String[] args) {
        Path folder = Path.of(System.getProperty("motesplats.translations", "translations"));
        int status = new TranslationWorkbench(folder).run(args, System.out);
        // exits only on failure: exec:java runs this inside Maven's JVM, which should end on its own after success
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs one command and returns the process exit code: 0 ok, 1 validation problems, 2 usage error. */
    int run(String[] args, PrintStream out) {
        List<String> words = Arrays.stream(args).filter(arg -> !arg.equals(ALL)).toList();
        boolean all = words.size() < args.length;
        String command = words.isEmpty() ? "" : words.getFirst();
        try {
            if (!Files.isRegularFile(folder.file(SupportedLanguage.SOURCE))) {
                out.println("No source file " + folder.file(SupportedLanguage.SOURCE) + ": set -Dmotesplats.translations");
                return USAGE;
            }
            if (command.equals("coverage") && words.size() == 1 && !all) {
                return coverage(out);
            }
            if (words.size() == 3 && (command.equals("export") || (command.equals("import") && !all))) {
                Optional<SupportedLanguage> language = translatedLanguage(words.get(1));
                if (language.isEmpty()) {
                    out.println("Not a translated language: " + words.get(1));
                    return usage(out);
                }
                Path sheet = Path.of(words.get(2));
                return command.equals("export")
                        ? export(language.get(), sheet, all, out)
                        : importSheet(language.get(), sheet, out);
            }
            return usage(out);
        } catch (NoSuchFileException missing) {
            out.println("No such file: " + missing.getFile());
            return USAGE;
        } catch (IOException failure) {
            out.println("Cannot " + command + ": " + failure.getMessage());
            return USAGE;
        }
    }

    /** Swedish is the source, edited directly rather than through a sheet. */
    private static Optional<SupportedLanguage> translatedLanguage(String tag) {
        return SupportedLanguage.byTag(tag).filter(language -> language != SupportedLanguage.SOURCE);
    }

    private static int usage(PrintStream out) {
        String tags = Arrays.stream(SupportedLanguage.values())
                .filter(language -> language != SupportedLanguage.SOURCE)
                .map(SupportedLanguage::tag)
                .collect(Collectors.joining(", "));
        out.println(USAGE_TEXT.formatted(tags));
        return USAGE;
    }

    /** "Translated" counts the source keys a file has; "same as Swedish" those of them still word for word Swedish. */
    private int coverage(PrintStream out) throws IOException {
        Map<String, String> source = folder.texts(SupportedLanguage.SOURCE);
        Map<SupportedLanguage, List<String>> problemsByLanguage = new LinkedHashMap<>();
        out.printf("%-18s %-10s %11s %7s %16s %9s%n", "language", "tag", "translated", "%", "same as Swedish", "problems");
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Map<String, String> texts = folder.texts(language);
            long translated = source.keySet().stream().filter(texts::containsKey).count();
            String sameAsSwedish = language == SupportedLanguage.SOURCE ? "-" : String.valueOf(
                    source.entrySet().stream().filter(text -> text.getValue().equals(texts.get(text.getKey()))).count());
            List<String> problems = TranslationValidator.problems(source, language, texts);
            out.printf(Locale.ROOT, "%-18s %-10s %11s %6.1f%% %16s %9d%n",
                    language.name().toLowerCase(Locale.ROOT).replace('_', ' '), language.tag(),
                    translated + "/" + source.size(), 100.0 * translated / source.size(), sameAsSwedish, problems.size());
            if (!problems.isEmpty()) {
                problemsByLanguage.put(language, problems);
            }
        }
        problemsByLanguage.forEach((language, problems) -> printProblems(TranslationCatalog.fileName(language), problems, out));
        return problemsByLanguage.isEmpty() ? OK : PROBLEMS;
    }

    private int export(SupportedLanguage language, Path sheet, boolean all, PrintStream out) throws IOException {
        Map<String, String> source = folder.texts(SupportedLanguage.SOURCE);
        Map<String, String> english = folder.texts(SupportedLanguage.ENGLISH);
        Map<String, String> texts = folder.texts(language);
        List<Sheet.Row> rows = source.entrySet().stream()
                .filter(text -> all || !texts.containsKey(text.getKey()) || texts.get(text.getKey()).equals(text.getValue()))
                .map(text -> new Sheet.Row(text.getKey(), text.getValue(),
                        english.getOrDefault(text.getKey(), ""), texts.getOrDefault(text.getKey(), "")))
                .toList();
        Sheet.write(sheet, rows);
        out.printf("Exported %d of %d keys of %s to %s%n", rows.size(), source.size(), language.tag(), sheet);
        return OK;
    }

    private int importSheet(SupportedLanguage language, Path sheet, PrintStream out) throws IOException {
        Map<String, String> current = folder.texts(language);
        Map<String, String> merged = new LinkedHashMap<>(current);
        merged.putAll(Sheet.translations(sheet));
        List<String> problems = TranslationValidator.problems(folder.texts(SupportedLanguage.SOURCE), language, merged);
        if (!problems.isEmpty()) {
            out.printf("Nothing imported: %s would have problems%n", TranslationCatalog.fileName(language));
            printProblems(TranslationCatalog.fileName(language), problems, out);
            return PROBLEMS;
        }
        long updated = merged.entrySet().stream().filter(text -> !text.getValue().equals(current.get(text.getKey()))).count();
        if (updated > 0) {
            folder.write(language, merged);
        }
        out.printf("Updated %d keys in %s%n", updated, folder.file(language));
        return OK;
    }

    private static void printProblems(String fileName, List<String> problems, PrintStream out) {
        problems.forEach(problem -> out.println(fileName + ": " + problem));
    }

    /** The translation files in a folder on disk, read in file order and rewritten in the source's. */
    static final class Folder {

        private final Path folder;

        Folder(Path folder) {
            this.folder = folder;
        }

        Path file(SupportedLanguage language) {
            return folder.resolve(TranslationCatalog.fileName(language));
        }

        /** The texts in the order of the file; none when the file does not exist yet. */
        Map<String, String> texts(SupportedLanguage language) throws IOException {
            Map<String, String> texts = new LinkedHashMap<>();
            Path file = file(language);
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    inFileOrder(texts).load(reader);
                }
            }
            return texts;
        }

        /** Properties that hand each entry on as it is read, since Properties itself forgets the order. */
        private static Properties inFileOrder(Map<String, String> texts) {
            return new Properties() {
                @Override
                public synchronized @Nullable Object put(Object key, Object value) {
                    return texts.put((String) key, (String) value);
                }
            };
        }

        /**
         * Rewrites a language's file with the texts in the source's key order, under the file's own
         * first comment line. Characters are written as UTF-8, not as Unicode escapes, so that diffs
         * and reviews stay readable.
         */
        void write(SupportedLanguage language, Map<String, String> texts) throws IOException {
            StringBuilder content = new StringBuilder();
            String comment = firstCommentLine(file(language));
            if (comment != null) {
                content.append(comment).append('\n');
            }
            for (String key : texts(SupportedLanguage.SOURCE).keySet()) {
                String text = texts.get(key);
                if (text != null) {
                    content.append(key).append('=').append(escape(text)).append('\n');
                }
            }
            Files.writeString(file(language), content, StandardCharsets.UTF_8);
        }

        private static @Nullable String firstCommentLine(Path file) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String first = reader.readLine();
                return first != null && (first.startsWith("#") || first.startsWith("!")) ? first : null;
            }
        }

        /** Escapes only what a .properties value needs: backslashes, line breaks, and whitespace load() would drop. */
        private static String escape(String text) {
            StringBuilder escaped = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (i == 0 && c == ' ') {
                    escaped.append("\\ ");
                    continue;
                }
                switch (c) {
                    case '\\' -> escaped.append("\\\\");
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    case '\t' -> escaped.append("\\t");
                    case '\f' -> escaped.append("\\f");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }

    /** The sheet of {@link TranslationSheet}: one row per key with the Swedish and English texts beside it. */
    static final class Sheet {

        private static final List<String> COLUMNS = List.of("swedish", "english");

        record Row(String key, String swedish, String english, String translation) {
        }

        private Sheet() {
        }

        static void write(Path file, List<Row> rows) throws IOException {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                TranslationSheet.write(writer, COLUMNS, rows.stream()
                        .map(row -> new TranslationSheet.Row(row.key(), List.of(row.swedish(), row.english()), row.translation()))
                        .toList());
            }
        }

        /** The non-empty translations by key, in the order of the sheet. */
        static Map<String, String> translations(Path file) throws IOException {
            Map<String, String> translations = new LinkedHashMap<>();
            try {
                // a row without a key (a short row, an empty first cell) has nowhere to go
                TranslationSheet.read(readUtf8(file), List.of()).stream().filter(filled -> !filled.key().isEmpty())
                        .forEach(filled -> translations.put(filled.key(), filled.translation()));
            } catch (TranslationSheet.NotASheet notASheet) {
                throw new IOException(file + ": " + notASheet.getMessage(), notASheet);
            }
            return translations;
        }

        private static String readUtf8(Path file) throws IOException {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                throw new IOException(file + " is not UTF-8: save it as \"CSV UTF-8\"", notUtf8);
            }
        }
    }
}
