package se.motesplats.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.HashSet;
import java.util.Set;

/**
 * Text put into a sentence (a name, a title) is isolated from it with U+2068 FIRST STRONG ISOLATE and
 * U+2069 POP DIRECTIONAL ISOLATE, so that its direction cannot reorder the words and numbers around
 * it ("فاطمة 3" in a Swedish sentence) and a direction override inside it ends with it instead of
 * turning the rest of the sentence around. Names lose such overrides when they are typed
 * ({@code shared.Names}); this covers what was stored before and texts that keep them.
 *
 * <p>Only where it changes something: text with a direction control, or with letters written in the
 * other direction than the sentence's language. Latin text in a Swedish sentence stays as it is, so
 * that text messages keep their 160-character alphabet and mail programs still see a bare link; a
 * link ({@code http://}, {@code https://}) is never wrapped for its direction alone, for the same
 * reason. Only plain arguments ({@code {name}}) are wrapped, never one that selects a variant.
 */
final class Isolation {

    static final char FIRST_STRONG_ISOLATE = '\u2068';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private final SupportedLanguage.Direction sentence;
    private final Set<String> plainNames = new HashSet<>();
    private final Set<Integer> plainNumbers = new HashSet<>();

    /** The plain arguments of a pattern, written in a language of that direction. */
    Isolation(String pattern, SupportedLanguage.Direction sentence) {
        this.sentence = sentence;
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts() - 1; i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.NONE) {
                MessagePattern.Part argument = parsed.getPart(i + 1);
                if (argument.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    plainNames.add(parsed.getSubstring(argument));
                } else if (argument.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    plainNumbers.add(argument.getValue());
                }
            }
        }
    }

    Object named(String name, Object argument) {
        return plainNames.contains(name) ? isolated(argument) : argument;
    }

    Object positional(int index, Object argument) {
        return plainNumbers.contains(index) ? isolated(argument) : argument;
    }

    private Object isolated(Object argument) {
        if (argument instanceof CharSequence text && needed(text.toString(), sentence)) {
            return FIRST_STRONG_ISOLATE + text.toString() + POP_DIRECTIONAL_ISOLATE;
        }
        return argument;
    }

    static boolean needed(String text, SupportedLanguage.Direction sentence) {
        boolean link = text.startsWith("https://") || text.startsWith("http://");
        return text.codePoints().anyMatch(c -> switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
                    sentence == SupportedLanguage.Direction.LTR && !link;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> sentence == SupportedLanguage.Direction.RTL && !link;
            default -> false;
        });
    }
}
