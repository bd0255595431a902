package se.motesplats.i18n;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV sheet a translator fills in, shared by the translators' workbench (the portal's own
 * texts, {@link TranslationWorkbench}) and the translation queue of activity texts: a column
 * {@code key}, columns the translator reads, and last a column {@code translation} to fill in.
 *
 * <p>Written as UTF-8 with a byte order mark (without it spreadsheet programs take the file for
 * their local 8-bit encoding and garble Arabic and Ge'ez script) and commas. Read back with commas,
 * semicolons (spreadsheet programs with Swedish settings save so) or tabs (cells copied out of a
 * spreadsheet and pasted as text), with or without the byte order mark; line breaks inside a cell
 * saved as CR LF become LF. Only rows whose translation cell is not blank count.
 *
 * <p>A cell a spreadsheet program would take for a formula (one starting with {@code = + - @}, a
 * tab or a carriage return) is written with an apostrophe in front, which spreadsheets show as
 * text; texts come from associations, and opening a sheet must never run one. Reading takes such
 * an apostrophe off a translation cell again.
 */
public final class TranslationSheet {

    public static final String KEY = "key";
    public static final String TRANSLATION = "translation";

    /** Spreadsheet programs take a file without it for their local 8-bit encoding. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A row to write: the key, the cells of the columns between key and translation, the translation. */
    public record Row(String key, List<String> cells, String translation) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A row read back with a translation: its row in a spreadsheet (the column names being row 1),
     * its key, every other cell by column name, and the translation.
     */
    public record Filled(int row, String key, Map<String, String> cells, String translation) {

        public Filled {
            cells = Map.copyOf(cells);
        }
    }

    /** The text is not a sheet: a required column is missing from its first line, or it is not valid CSV. */
    public static final class NotASheet extends IOException {

        NotASheet(String message) {
            super(message);
        }

        NotASheet(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private TranslationSheet() {
    }

    /** Writes the byte order mark, the column names ({@code key}, {@code columns}, {@code translation}) and the rows. */
    public static void write(Writer writer, List<String> columns, List<Row> rows) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(KEY);
        header.addAll(columns);
        header.add(TRANSLATION);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("Row " + row.key() + " has " + row.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
            List<String> record = new ArrayList<>();
            record.add(row.key());
            row.cells().forEach(cell -> record.add(neutralised(cell)));
            record.add(neutralised(row.translation()));
            printer.printRecord(record);
        }
        printer.flush();
    }

    /** The sheet as the bytes of a file. */
    public static byte[] bytes(List<String> columns, List<Row> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            write(writer, columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The rows with a non-blank translation, in the order of the sheet.
     *
     * @param required the columns the sheet must have besides {@code key} and {@code translation}
     */
    public static List<Filled> read(String content, List<String> required) throws NotASheet {
        String text = !content.isEmpty() && content.charAt(0) == BYTE_ORDER_MARK ? content.substring(1) : content;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                // a column a translator added without a heading is no reason to refuse the sheet
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> columns = new ArrayList<>(List.of(KEY, TRANSLATION));
            columns.addAll(required);
            for (String column : columns) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new NotASheet("no column '" + column + "' in the first line");
                }
            }
            List<Filled> filled = new ArrayList<>();
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                String translation = translation(record);
                if (translation.isBlank()) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    if (!column.equals(KEY) && !column.equals(TRANSLATION) && record.isSet(column)) {
                        cells.put(column, record.get(column));
                    }
                }
                filled.add(new Filled(row, record.isSet(KEY) ? record.get(KEY).strip() : "", cells, translation));
            }
            return filled;
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            throw new NotASheet("not valid CSV: " + malformed.getMessage(), malformed);
        } catch (NotASheet notASheet) {
            throw notASheet;
        } catch (IOException e) {
            throw new NotASheet("not valid CSV: " + e.getMessage(), e);
        }
    }

    private static String translation(CSVRecord record) {
        if (!record.isSet(TRANSLATION)) {
            return "";
        }
        // spreadsheet programs may store line breaks inside a cell as CR LF
        String translation = record.get(TRANSLATION).replace("\r\n", "\n");
        return translation.length() > 1 && translation.charAt(0) == '\'' && FORMULA_STARTS.indexOf(translation.charAt(1)) >= 0
                ? translation.substring(1)
                : translation;
    }

    private static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Tabs when cells were copied out of a spreadsheet, semicolons from spreadsheets with Swedish settings, else commas. */
    private static char delimiter(String content) {
        String header = content.lines().findFirst().orElse("");
        if (header.contains("\t")) {
            return '\t';
        }
        return header.contains(";") && !header.contains(",") ? ';' : ',';
    }
}
