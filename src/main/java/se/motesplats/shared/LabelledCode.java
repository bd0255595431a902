package se.motesplats.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A stored code with the text that explains it, for values that are not an enum of their own
 * (roles, channels): machine-readable exports write the code, views show the text.
 */
public record LabelledCode(@JsonValue String code, String translationKey) implements Translatable {
}
