package se.motesplats.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.Formats;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.i18n.TranslationProvider;
import se.motesplats.security.AccountService;
import se.motesplats.security.CurrentPerson;
import se.motesplats.shared.Zones;

/**
 * The participation certificate a newcomer downloads: the same lines in Swedish and, when they read
 * another language, in theirs, so that both the reader at an office and the person understand it.
 * Noto fonts are embedded (Latin and Cyrillic, Arabic script with OpenPDF's ligatures and
 * right-to-left runs, Ethiopic for Tigrinya): a phone or an office printer shows it as written.
 */
@Component
public class ParticipationCertificate {

    /** Loaded once: each TrueType file is read and parsed on first use. */
    private static final Map<String, BaseFont> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final ParticipationService participation;
    private final AccountService accounts;
    private final TranslationProvider translations;

    ParticipationCertificate(ParticipationService participation, AccountService accounts, TranslationProvider translations) {
        this.participation = participation;
        this.accounts = accounts;
        this.translations = translations;
    }

    /** The caller's certificate, in Swedish and in {@code language}. */
    @Transactional(readOnly = true)
    public byte[] mine(SupportedLanguage language) {
        String name = accounts.firstNames(List.of(CurrentPerson.required().accountId())).values().stream().findFirst().orElse("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        write(document, SupportedLanguage.SOURCE, name);
        if (language != SupportedLanguage.SOURCE && language != SupportedLanguage.EASY_SWEDISH) {
            document.newPage();
            write(document, language, name);
        }
        document.close();
        return out.toByteArray();
    }

    private void write(Document document, SupportedLanguage language, String name) {
        FontSelector heading = fonts(language, 16);
        FontSelector body = fonts(language, 11);
        List<ParticipationService.Participation> activities = participation.mine(language);
        PdfPTable page = new PdfPTable(1);
        page.setWidthPercentage(100);
        page.setRunDirection(language.direction() == SupportedLanguage.Direction.RTL ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        page.addCell(cell(text(language, "reporting.certificate.title", Map.of()), heading));
        page.addCell(cell(text(language, "reporting.certificate.intro", Map.of("name", name)), body));
        for (ParticipationService.Participation activity : activities) {
            page.addCell(cell(text(language, "reporting.certificate.line", Map.of("activity", activity.title(),
                    "attended", activity.attended(), "held", activity.held(),
                    "from", Formats.day(activity.first().atZone(Zones.STOCKHOLM).toLocalDate(), language),
                    "to", Formats.day(activity.last().atZone(Zones.STOCKHOLM).toLocalDate(), language))), body));
        }
        if (activities.isEmpty()) {
            page.addCell(cell(text(language, "reporting.certificate.none", Map.of()), body));
        }
        page.addCell(cell(text(language, "reporting.certificate.footer", Map.of()), fonts(language, 9)));
        document.add(page);
    }

    private static PdfPCell cell(String text, FontSelector fonts) {
        PdfPCell cell = new PdfPCell(fonts.process(text));
        cell.setBorder(0);
        cell.setPaddingBottom(8);
        cell.setArabicOptions(ColumnText.AR_LIG);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    /**
     * The language's own script first, then Noto Sans for everything else on the line (an activity's
     * Swedish title, digits, punctuation): each character is set in the first font that has it.
     */
    private static FontSelector fonts(SupportedLanguage language, float size) {
        FontSelector selector = new FontSelector();
        switch (language.script()) {
            case ARABIC -> selector.addFont(font("NotoSansArabic-Regular.ttf", size));
            case ETHIOPIC -> selector.addFont(font("NotoSansEthiopic-Regular.ttf", size));
            case LATIN, CYRILLIC -> { }
        }
        selector.addFont(font("NotoSans-Regular.ttf", size));
        return selector;
    }

    private static Font font(String file, float size) {
        return new Font(FONTS.computeIfAbsent(file, ParticipationCertificate::load), size);
    }

    private static BaseFont load(String file) {
        try (var in = ParticipationCertificate.class.getResourceAsStream("/pdf-fonts/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(SupportedLanguage language, String key, Map<String, Object> arguments) {
        return translations.getTranslation(key, language.locale(), arguments);
    }
}
