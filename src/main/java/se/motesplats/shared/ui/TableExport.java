package se.motesplats.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * "Download as CSV / Excel" under a list: the same headings and cells as shown, in the viewer's
 * language, within the viewer's scope (the view builds the table from what its service returned). CSV is RFC 4180 with a byte-order mark so that Excel reads å, ä, ö and Arabic.
 */
public class TableExport extends Div {

    /** The table to export: headings and rows of cells, asked for when a download starts. */
    public record Table(List<String> headings, List<List<String>> rows) {
    }

    private final Supplier<Table> table;

    public TableExport(String fileName, Supplier<Table> table) {
        this.table = table;
        addClassName("table-export");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> response(csv(table.get()), fileName + ".csv", "text/csv")),
                getTranslation("shared.export.csv"));
        csv.addClassNames("button-link", "export-csv");
        Anchor excel = new Anchor(DownloadHandler.fromInputStream(event -> response(excel(table.get(), fileName), fileName + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), getTranslation("shared.export.excel"));
        excel.addClassNames("button-link", "export-excel");
        add(csv, excel);
    }

    /** What a download gives now. */
    public Table table() {
        return table.get();
    }

    private static DownloadResponse response(byte[] content, String fileName, String contentType) {
        return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(table.headings().toArray(String[]::new))
                .setSkipHeaderRecord(true).get())) {
            writer.write('\uFEFF');
            printer.printRecord(table.headings());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] excel(Table table, String sheetName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Mötesplats", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            for (int column = 0; column < table.headings().size(); column++) {
                sheet.value(0, column, table.headings().get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < table.rows().size(); row++) {
                List<String> cells = table.rows().get(row);
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(row + 1, column, cells.get(column));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
