package se.motesplats.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.motesplats.shared.ui.TableExport;

class TableExportTest {

    private static final TableExport.Table TABLE = new TableExport.Table(List.of("Förnamn", "Kommun"),
            List.of(List.of("Amal", "Lund"), List.of("ሰላም, \"Selam\"", "مالمو")));

    @Test
    void csvIsRfc4180WithAByteOrderMarkSoExcelReadsEveryScript() {
        byte[] csv = TableExport.csv(TABLE);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).substring(1))
                .isEqualTo("Förnamn,Kommun\r\nAmal,Lund\r\n\"ሰላም, \"\"Selam\"\"\",مالمو\r\n");
    }

    @Test
    void excelHasTheHeadingsThenOneRowPerLine() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExport.excel(TABLE, "volunteers")))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Förnamn");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("ሰላም, \"Selam\"");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("مالمو");
        }
    }
}
