package se.motesplats.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzz tests of the translators' sheet, the one file the portal reads that people edit in spreadsheet
 * programs: whatever a sheet holds, reading it either gives translations or refuses the sheet with a
 * sentence (an {@link IOException}, which the workbench prints as "Cannot import: ..."), never a stack
 * trace; and what the workbench writes (a sheet, a {@code .properties} file) reads back exactly.
 *
 * <p>The default run replays the saved inputs in
 * {@code src/test/resources/se/motesplats/i18n/TranslationWorkbenchFuzzTestInputs/}: for
 * {@link #anySheetIsReadOrRefusedWithASentence} they are sheets as text files; the round-trip methods'
 * are raw bytes for the present order of {@code consume} calls. The {@code benchmark} profile fuzzes
 * (docs/performance.md, "Fuzzing").
 */
class TranslationWorkbenchFuzzTest {

    private static final Path FOLDER = temporaryFolder();
    private static final String[] KEYS = {"shared.app.name", "shared.start.menu", "key", "translation", "a,b", "a;b", "\"quoted\"",
            "line\nbreak", " spaced ", ""};

    @FuzzTest
    void anySheetIsReadOrRefusedWithASentence(byte[] sheet) throws IOException {
        Path file = FOLDER.resolve("sheet.csv");
        Files.write(file, sheet);
        try {
            TranslationWorkbench.Sheet.translations(file);
        } catch (IOException refused) {
            // the workbench prints it and exits with 2; anything else would end in a stack trace
        }
    }

    @FuzzTest
    void aWrittenSheetReadsBackItsTranslations(FuzzedDataProvider data) throws IOException {
        List<TranslationWorkbench.Sheet.Row> rows = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = data.consumeInt(0, 8); i > 0; i--) {
            String key = data.consumeBoolean() ? data.pickValue(KEYS) : text(data);
            String translation = text(data);
            rows.add(new TranslationWorkbench.Sheet.Row(key, text(data), text(data), translation));
            // as documented: line breaks a spreadsheet stores as CR LF come back as LF, empty cells are no translation,
            // and a key is read without the spaces around it (TranslationSheet); a row without a key is skipped
            String read = translation.replace("\r\n", "\n");
            if (!read.isBlank() && !key.isBlank()) {
                expected.remove(key.strip());
                expected.put(key.strip(), read);
            }
        }
        Path file = FOLDER.resolve("written.csv");
        TranslationWorkbench.Sheet.write(file, rows);
        Map<String, String> read = TranslationWorkbench.Sheet.translations(file);
        assertEquals(expected, read, () -> rows + " read as " + read);
    }

    @FuzzTest
    void aWrittenTranslationFileReadsBackEveryText(FuzzedDataProvider data) throws IOException {
        TranslationWorkbench.Folder folder = new TranslationWorkbench.Folder(FOLDER);
        StringBuilder source = new StringBuilder();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = data.consumeInt(1, 6); i > 0; i--) {
            String key = "fuzz.key" + i;
            source.append(key).append("=Svenska ").append(i).append('\n');
            texts.put(key, text(data));
        }
        // the source file gives the keys and their order
        Files.writeString(folder.file(SupportedLanguage.SWEDISH), source, java.nio.charset.StandardCharsets.UTF_8);
        Files.deleteIfExists(folder.file(SupportedLanguage.TIGRINYA));
        folder.write(SupportedLanguage.TIGRINYA, texts);
        assertEquals(texts, folder.texts(SupportedLanguage.TIGRINYA));
    }

    /** Text as people type it: any characters but unpaired surrogates, which no file can hold. */
    private static String text(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        data.consumeString(40).codePoints().filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF).forEach(text::appendCodePoint);
        return text.toString();
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("translation-workbench-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
