package se.motesplats.privacy;

import java.util.List;
import java.util.Map;

/**
 * One module's records about a person. {@code name} names the part in the download and, as
 * {@code privacy.my-data.part.<name>}, titles it on the page; each record maps field names
 * ({@code privacy.my-data.field.<name>}) to a text, number, yes/no, time, day or list.
 */
public record PersonalDataPart(String name, List<Map<String, Object>> records) {

    public PersonalDataPart {
        records = List.copyOf(records);
    }

    public String titleKey() {
        return "privacy.my-data.part." + name;
    }

    public static String fieldKey(String field) {
        return "privacy.my-data.field." + field;
    }
}
