package se.motesplats.testing;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What a staff member's authenticator app does, for tests: keeps secrets by person and shows codes. */
public final class AuthenticatorApp {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    private AuthenticatorApp() {
    }

    public static void add(String person, String secretAsShown) {
        SECRETS.put(person, secretAsShown.replace(" ", ""));
    }

    public static String codeFor(String person, Instant at) {
        return code(SECRETS.get(person), at);
    }

    public static String code(String base32Secret, Instant at) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(base32Secret.replace(" ", "")), TOTP.getAlgorithm()),
                    at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
