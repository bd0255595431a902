package se.motesplats.activity;

import java.util.List;

/**
 * What an import of a filled-in sheet did: texts saved (a title with its description is one text),
 * texts that were already saved as in the sheet, and rows refused, each with the translation key
 * of the reason. Refused texts are left as they were; the others are saved.
 */
public record TranslationImport(int saved, int unchanged, List<Refusal> refused) {

    public TranslationImport {
        refused = List.copyOf(refused);
    }

    /** A row of the sheet that was not imported: its row number in a spreadsheet (column names are row 1) and key. */
    public record Refusal(int row, String key, String reasonKey) {
    }
}
