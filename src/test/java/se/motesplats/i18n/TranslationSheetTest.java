package se.motesplats.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.motesplats.security.hostile.HostilePayloads;

/** The sheet format shared by the workbench and the activity texts' translation queue. */
class TranslationSheetTest {

    private static final List<String> COLUMNS = List.of("source", "current");

    @Test
    void writesTheByteOrderMarkAndTheColumnsKeyFirstTranslationLast() {
        byte[] bytes = TranslationSheet.bytes(COLUMNS, List.of(new TranslationSheet.Row("a.title", List.of("Språkkafé", ""), "")));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1))
                .isEqualTo("key,source,current,translation\r\na.title,Språkkafé,,\r\n");
    }

    @Test
    void aRoundTripKeepsScriptsLineBreaksQuotesAndCommas() throws Exception {
        String arabic = "مقهى اللغة، \"كل\" يوم\nمرحبًا, أهلاً";
        String written = new String(TranslationSheet.bytes(COLUMNS,
                List.of(new TranslationSheet.Row("a.description", List.of("Fika, \"samtal\"\noch spel", ""), arabic))),
                StandardCharsets.UTF_8);

        List<TranslationSheet.Filled> read = TranslationSheet.read(written, COLUMNS);

        assertThat(read).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            assertThat(row.key()).isEqualTo("a.description");
            assertThat(row.translation()).isEqualTo(arabic);
            assertThat(row.cells()).containsEntry("source", "Fika, \"samtal\"\noch spel").containsEntry("current", "");
        });
    }

    @Test
    void cellsThatWouldBeFormulasAreWrittenAsTextAndTranslationsComeBackWithoutTheApostrophe() throws Exception {
        String written = new String(TranslationSheet.bytes(COLUMNS, List.of(
                new TranslationSheet.Row("a", List.of("=HYPERLINK(\"http://evil\")", "@SUM(A1)"), "- Fika\n- Samtal"),
                new TranslationSheet.Row("b", List.of("+46 70", "Don't"), "'quoted' already"))), StandardCharsets.UTF_8);

        assertThat(written).contains("'=HYPERLINK", "'@SUM(A1)", "'- Fika", "'+46 70", ",Don't,", ",'quoted' already");
        assertThat(TranslationSheet.read(written, COLUMNS)).extracting(TranslationSheet.Filled::translation)
                .containsExactly("- Fika\n- Samtal", "'quoted' already");
    }

    @Test
    void readsCellsCopiedOutOfASpreadsheetSeparatedByTabs() throws Exception {
        String pasted = "key\tsource\tcurrent\ttranslation\r\n"
                + "a.title\tSpråkkafé\t\tLanguage café\r\n"
                + "a.description\tFika\t\t\"Coffee\r\nand talk\"\r\n"
                + "b.title\tKör\t\t\r\n";

        assertThat(TranslationSheet.read(pasted, COLUMNS))
                .extracting(TranslationSheet.Filled::row, TranslationSheet.Filled::key, TranslationSheet.Filled::translation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "a.title", "Language café"),
                        org.assertj.core.groups.Tuple.tuple(3, "a.description", "Coffee\nand talk"));
    }

    @Test
    void readsSemicolonsWithoutTheByteOrderMarkAndSkipsEmptyTranslations() throws Exception {
        String saved = "key;source;current;translation\nx;Kör;;\ny;Kör;;Choir\n";

        assertThat(TranslationSheet.read(saved, COLUMNS)).singleElement()
                .satisfies(row -> assertThat(row.row()).isEqualTo(3));
    }

    /**
     * Every payload of the hostile input corpus, as the texts of an association beside a translator's
     * cell: as a spreadsheet reads the file, no cell starts like a formula, and each reads back as it
     * was (line breaks inside a cell as a spreadsheet saves them, CR LF as LF).
     */
    @Test
    void hostileTextsStayTextInTheSheetAndComeBackExactly() throws Exception {
        for (HostilePayloads.Payload payload : HostilePayloads.all()) {
            String text = payload.text();
            String written = new String(TranslationSheet.bytes(COLUMNS, List.of(new TranslationSheet.Row("k", List.of(text, text), text))),
                    StandardCharsets.UTF_8).substring(1);
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(written))) {
                CSVRecord row = parser.getRecords().getFirst();
                for (String column : List.of("source", "current", "translation")) {
                    String cell = row.get(column);
                    assertThat(cell).as("%s in %s", payload, column).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                    assertThat(cell).as("%s in %s", payload, column).isIn(text, "'" + text);
                }
            }
            assertThat(TranslationSheet.read(written, COLUMNS)).as(payload.toString()).singleElement()
                    .satisfies(row -> assertThat(row.translation()).isEqualTo(text.replace("\r\n", "\n")));
        }
    }

    @Test
    void aTextWithoutTheNeededColumnsIsNotASheet() {
        assertThatThrownBy(() -> TranslationSheet.read("Hej! Here is my translation: Language café", COLUMNS))
                .isInstanceOf(TranslationSheet.NotASheet.class).hasMessageContaining("no column 'key'");
        assertThatThrownBy(() -> TranslationSheet.read("key,translation\na,b\n", COLUMNS))
                .isInstanceOf(TranslationSheet.NotASheet.class).hasMessageContaining("no column 'source'");
        assertThatThrownBy(() -> TranslationSheet.read("", COLUMNS)).isInstanceOf(TranslationSheet.NotASheet.class);
        assertThatThrownBy(() -> TranslationSheet.read("key,source,current,translation\na,\"unterminated,,x\n", COLUMNS))
                .isInstanceOf(TranslationSheet.NotASheet.class);
    }
}
