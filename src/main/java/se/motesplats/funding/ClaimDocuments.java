package se.motesplats.funding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;

/**
 * A submitted claim as the documents a funder files: a PDF to read and sign and an Excel sheet to
 * add up. They are written in Swedish, the language of the funder and of the claim's lines, with
 * the same texts as the screens (from {@code translations/}); the PDF uses the standard Helvetica,
 * which covers Swedish.
 */
@Component
public class ClaimDocuments {

    private static final Locale SWEDISH = SupportedLanguage.SOURCE.locale();

    private final TranslationProvider translations;

    ClaimDocuments(TranslationProvider translations) {
        this.translations = translations;
    }

    public byte[] pdf(Claim claim) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        document.add(new Paragraph(text("funding.claim.heading", Map.of("organisation", claim.organisationName(),
                "from", claim.from().toString(), "to", claim.to().toString())), heading));
        document.add(new Paragraph(text(claim.status().translationKey(), Map.of()), body));
        PdfPTable table = new PdfPTable(new float[] {4, 1.3f, 1.3f, 1.3f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        for (String column : COLUMNS) {
            table.addCell(new PdfPCell(new Phrase(text(column, Map.of()), bold)));
        }
        for (Claim.Line line : claim.lines()) {
            table.addCell(new PdfPCell(new Phrase(line.activityTitle() + (line.eligible() ? "" : " *"), body)));
            for (int number : new int[] {line.meetingsHeld(), line.meetingsCounted(), line.participantsCounted(), line.amountSek()}) {
                PdfPCell cell = new PdfPCell(new Phrase(String.format(SWEDISH, "%,d", number), body));
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        document.add(table);
        if (claim.lines().stream().anyMatch(line -> !line.eligible())) {
            document.add(new Paragraph("* " + text("funding.export.not-eligible", Map.of()), body));
        }
        document.add(new Paragraph(text("funding.claim.total", Map.of("amount", claim.totalSek())), heading));
        if (claim.decisionComment() != null) {
            document.add(new Paragraph(text("funding.claim.comment", Map.of("comment", claim.decisionComment())), body));
        }
        document.close();
        return out.toByteArray();
    }

    public byte[] excel(Claim claim) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Mötesplats", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("funding.export.sheet", Map.of()));
            sheet.value(0, 0, text("funding.claim.heading", Map.of("organisation", claim.organisationName(),
                    "from", claim.from().toString(), "to", claim.to().toString())));
            sheet.value(1, 0, text(claim.status().translationKey(), Map.of()));
            for (int column = 0; column < COLUMNS.length; column++) {
                sheet.value(3, column, text(COLUMNS[column], Map.of()));
                sheet.style(3, column).bold().set();
            }
            sheet.value(3, COLUMNS.length, text("funding.export.eligible", Map.of()));
            int row = 4;
            for (Claim.Line line : claim.lines()) {
                sheet.value(row, 0, line.activityTitle());
                sheet.value(row, 1, line.meetingsHeld());
                sheet.value(row, 2, line.meetingsCounted());
                sheet.value(row, 3, line.participantsCounted());
                sheet.value(row, 4, line.amountSek());
                sheet.value(row, 5, line.eligible());
                row++;
            }
            sheet.value(row, 0, text("funding.export.total", Map.of()));
            // a formula, so that whoever edits the sheet sees the sum follow
            sheet.formula(row, 4, "SUM(E5:E" + row + ")");
            sheet.style(row, 0).bold().set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final String[] COLUMNS = {"funding.export.activity", "funding.export.meetings-held", "funding.export.meetings-counted",
            "funding.export.participants", "funding.export.amount"};

    private String text(String key, Map<String, Object> arguments) {
        return translations.getTranslation(key, SWEDISH, arguments);
    }
}
