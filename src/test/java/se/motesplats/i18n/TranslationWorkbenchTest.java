package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translators' workbench on a copy of the Swedish and English files and a small made-up
 * Tigrinya file that lacks most keys.
 */
class TranslationWorkbenchTest {

    private static final String TIGRINYA_FILE = """
            # Tigrinya, made up for a test.
            shared.start.menu=መበገሲ
            shared.app.name=Mötesplats
            shared.app.description=ኣብ ጥቓኹም ዘለዋ ማሕበራት ንጥፈታት ርኸቡ፣ ብቋንቋኹም።
            """;

    @TempDir
    Path folder;
    @TempDir
    Path sheets;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private TranslationWorkbench workbench;
    private Map<String, String> swedish;
    private Map<String, String> english;

    @BeforeEach
    void copyTranslations() throws IOException {
        for (SupportedLanguage language : List.of(SupportedLanguage.SWEDISH, SupportedLanguage.ENGLISH)) {
            String name = TranslationCatalog.fileName(language);
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(TranslationCatalog.CLASSPATH_FOLDER + name)) {
                Files.copy(Objects.requireNonNull(in, name), folder.resolve(name));
            }
        }
        Files.writeString(tigrinyaFile(), TIGRINYA_FILE, StandardCharsets.UTF_8);
        workbench = new TranslationWorkbench(folder);
        swedish = new TranslationWorkbench.Folder(folder).texts(SupportedLanguage.SWEDISH);
        english = new TranslationWorkbench.Folder(folder).texts(SupportedLanguage.ENGLISH);
    }

    @Test
    void exportListsMissingKeysAndThoseStillInSwedish() throws IOException {
        Path sheet = sheets.resolve("ti.csv");

        assertExitCode(TranslationWorkbench.OK, "export", "ti", sheet.toString());

        assertThat(Files.readAllBytes(sheet)).startsWith(0xEF, 0xBB, 0xBF);
        Map<String, CSVRecord> rows = readSheet(sheet);
        assertThat(rows).hasSize(swedish.size() - 2)
                .containsKeys("security.accounts.count", "shared.app.name")
                .doesNotContainKeys("shared.start.menu", "shared.app.description");
        CSVRecord count = rows.get("security.accounts.count");
        assertThat(count.get("swedish")).isEqualTo("{count, plural, one {# person} other {# personer}}");
        assertThat(count.get("english")).isEqualTo(english.get("security.accounts.count"));
        assertThat(count.get("translation")).isEmpty();
        assertThat(output()).contains("Exported " + (swedish.size() - 2) + " of " + swedish.size());
    }

    @Test
    void exportWithAllListsEveryKeyWithItsTranslation() throws IOException {
        Path sheet = sheets.resolve("ti.csv");

        assertExitCode(TranslationWorkbench.OK, "export", "ti", sheet.toString(), "--all");

        Map<String, CSVRecord> rows = readSheet(sheet);
        assertThat(rows.keySet()).containsExactlyElementsOf(swedish.keySet());
        assertThat(rows.get("shared.start.menu").get("translation")).isEqualTo("መበገሲ");
    }

    @Test
    void importOfAValidSheetUpdatesTheFileInTheSourceOrder() throws IOException {
        Map<String, String> translations = missingTigrinyaAsEnglish();
        translations.put("shared.app.name", "መራኸቢ");

        assertExitCode(TranslationWorkbench.OK, "import", "ti", sheet(translations).toString());

        assertThat(output()).contains("Updated " + translations.size() + " keys");
        List<String> lines = Files.readAllLines(tigrinyaFile(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("# Tigrinya, made up for a test.");
        assertThat(lines.stream().skip(1).map(line -> line.substring(0, line.indexOf('='))))
                .containsExactlyElementsOf(swedish.keySet());
        assertThat(lines).contains("shared.app.name=መራኸቢ", "shared.start.menu=መበገሲ");
        assertThat(TranslationValidator.problems(swedish, SupportedLanguage.TIGRINYA, tigrinya())).isEmpty();
    }

    @Test
    void importOfABrokenPatternChangesNothing() throws IOException {
        Map<String, String> translations = missingTigrinyaAsEnglish();
        translations.put("security.accounts.count", "{count, plural, one {# ሰብ} other {# ሰባት}");

        assertExitCode(TranslationWorkbench.PROBLEMS, "import", "ti", sheet(translations).toString());

        assertThat(Files.readString(tigrinyaFile(), StandardCharsets.UTF_8)).isEqualTo(TIGRINYA_FILE);
        assertThat(output()).contains("Nothing imported", "ti.properties: security.accounts.count: invalid ICU pattern");
    }

    @Test
    void importOfAWrongArgumentNameChangesNothing() throws IOException {
        Map<String, String> translations = missingTigrinyaAsEnglish();
        translations.put("security.accounts.saved", "ናይ {namn} ተዓቂቡ።");

        assertExitCode(TranslationWorkbench.PROBLEMS, "import", "ti", sheet(translations).toString());

        assertThat(Files.readString(tigrinyaFile(), StandardCharsets.UTF_8)).isEqualTo(TIGRINYA_FILE);
        assertThat(output()).contains("security.accounts.saved: arguments [namn] but the source has [name]");
    }

    @Test
    void importThatLeavesKeysMissingChangesNothing() throws IOException {
        assertExitCode(TranslationWorkbench.PROBLEMS, "import", "ti", sheet(Map.of("shared.app.name", "መራኸቢ")).toString());

        assertThat(Files.readString(tigrinyaFile(), StandardCharsets.UTF_8)).isEqualTo(TIGRINYA_FILE);
        assertThat(output()).contains("ti.properties: security.accounts.count: missing");
    }

    @Test
    void aRoundTripKeepsArabicAndGeezTextAndEscapes() throws IOException {
        Map<String, String> translations = missingTigrinyaAsEnglish();
        String arabic = "مرحبًا {name}!\n\nرمزك {code} صالح {minutes, plural, one {# دقيقة} other {# دقائق}}. C:\\temp";
        String geez = "ኮድኩም ን Mötesplats፦ {code}";
        translations.put("security.email.sign-in-code.subject", geez);
        translations.put("security.email.sign-in-code.body", arabic);
        translations.put("security.accounts.saved", " {name} = ተዓቂቡ: ብዓወት");
        assertExitCode(TranslationWorkbench.OK, "import", "ti", sheet(translations).toString());

        Path exported = sheets.resolve("all.csv");
        assertExitCode(TranslationWorkbench.OK, "export", "ti", exported.toString(), "--all");

        Map<String, CSVRecord> rows = readSheet(exported);
        assertThat(rows.get("security.email.sign-in-code.subject").get("translation")).isEqualTo(geez);
        assertThat(rows.get("security.email.sign-in-code.body").get("translation")).isEqualTo(arabic);
        assertThat(rows.get("security.accounts.saved").get("translation")).isEqualTo(" {name} = ተዓቂቡ: ብዓወት");
        assertThat(Files.readString(tigrinyaFile(), StandardCharsets.UTF_8))
                .contains("security.email.sign-in-code.subject=" + geez)
                .contains("security.email.sign-in-code.body=مرحبًا {name}!\\n\\nرمزك {code} صالح {minutes, plural, one {# دقيقة} other {# دقائق}}. C:\\\\temp")
                .contains("security.accounts.saved=\\ {name} = ተዓቂቡ: ብዓወት")
                .doesNotContain("\\u");
    }

    @Test
    void rewritingARealFileChangesOnlyTheImportedLine() throws IOException {
        Path englishFile = folder.resolve("en.properties");
        List<String> before = Files.readAllLines(englishFile, StandardCharsets.UTF_8);

        assertExitCode(TranslationWorkbench.OK, "import", "en", sheet(Map.of("shared.start.menu", "Home")).toString());

        List<String> after = Files.readAllLines(englishFile, StandardCharsets.UTF_8);
        assertThat(after).hasSameSizeAs(before).contains("shared.start.menu=Home");
        assertThat(after.stream().filter(line -> !before.contains(line))).containsExactly("shared.start.menu=Home");
    }

    @Test
    void readsSheetsSavedWithSemicolons() throws IOException {
        Path sheet = sheets.resolve("semicolons.csv");
        Files.writeString(sheet, "\uFEFFkey;swedish;english;translation\r\nshared.start.menu;Start;Start;Home\r\n",
                StandardCharsets.UTF_8);

        assertExitCode(TranslationWorkbench.OK, "import", "en", sheet.toString());

        assertThat(Files.readAllLines(folder.resolve("en.properties"), StandardCharsets.UTF_8)).contains("shared.start.menu=Home");
    }

    @Test
    void coverageCountsTranslatedKeysAndProblems() {
        assertExitCode(TranslationWorkbench.PROBLEMS, "coverage");

        assertThat(output())
                .containsPattern("english +en +%1$d/%1$d +100\\.0%% +\\d+ +0\n".formatted(swedish.size()))
                .containsPattern("tigrinya +ti +3/%d +\\d+\\.\\d%% +1 +%d\n".formatted(swedish.size(), swedish.size() - 3));
    }

    @Test
    void wrongUseIsAUsageError() {
        assertExitCode(TranslationWorkbench.USAGE);
        assertExitCode(TranslationWorkbench.USAGE, "export", "xx", "x.csv");
        assertExitCode(TranslationWorkbench.USAGE, "export", "sv", "x.csv");
        assertExitCode(TranslationWorkbench.USAGE, "import", "ti", "x.csv", "--all");
        assertExitCode(TranslationWorkbench.USAGE, "import", "ti", sheets.resolve("none.csv").toString());
        assertThat(output()).contains("Usage:");
    }

    @Test
    void aColumnWithoutHeadingOrARowWithoutKeyIsNoReasonForAStackTrace() throws IOException {
        // both once ended in an IllegalArgumentException from commons-csv (found by TranslationWorkbenchFuzzTest)
        Path unnamed = sheets.resolve("unnamed.csv");
        Files.writeString(unnamed, "key,,translation\nshared.start.menu,anteckning,ቀዳማይ ገጽ\n", StandardCharsets.UTF_8);
        assertThat(TranslationWorkbench.Sheet.translations(unnamed)).containsExactly(Map.entry("shared.start.menu", "ቀዳማይ ገጽ"));
        Path keyLast = sheets.resolve("key-last.csv");
        Files.writeString(keyLast, "translation,swedish,key\nቀዳማይ ገጽ\n", StandardCharsets.UTF_8);
        assertThat(TranslationWorkbench.Sheet.translations(keyLast)).isEmpty();
    }

    private void assertExitCode(int expected, String... args) {
        int exitCode = workbench.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exitCode).as("exit code of %s, output:%n%s", List.of(args), output()).isEqualTo(expected);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path tigrinyaFile() {
        return folder.resolve("ti.properties");
    }

    private Map<String, String> tigrinya() throws IOException {
        return new TranslationWorkbench.Folder(folder).texts(SupportedLanguage.TIGRINYA);
    }

    /** English fits where Tigrinya is missing: both have the plural categories one and other. */
    private Map<String, String> missingTigrinyaAsEnglish() throws IOException {
        Map<String, String> present = tigrinya();
        return english.entrySet().stream()
                .filter(text -> !present.containsKey(text.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** A sheet as a spreadsheet program saves it: with BOM, all four columns, CR LF between rows. */
    private Path sheet(Map<String, String> translations) throws IOException {
        Path sheet = Files.createTempFile(sheets, "import", ".csv");
        try (Writer writer = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.DEFAULT.print(writer)) {
            writer.write('\uFEFF');
            printer.printRecord("key", "swedish", "english", "translation");
            for (var translation : translations.entrySet()) {
                printer.printRecord(translation.getKey(), swedish.getOrDefault(translation.getKey(), ""),
                        english.getOrDefault(translation.getKey(), ""), translation.getValue());
            }
        }
        return sheet;
    }

    private static Map<String, CSVRecord> readSheet(Path sheet) throws IOException {
        String content = Files.readString(sheet, StandardCharsets.UTF_8).substring(1);
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(content))) {
            parser.forEach(row -> rows.put(row.get("key"), row));
        }
        return rows;
    }
}
