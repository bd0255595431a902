package se.motesplats.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts people's contact details at rest and makes the lookup hashes that sign-in and uniqueness
 * use instead of the plaintext. Only the JDK's AES-GCM and HMAC-SHA256 do the cryptography here.
 * <p>
 * A sealed value is {@code v<version>:<base64(iv ‖ ciphertext ‖ tag)>}: the version names the
 * contact key, so a new key can be introduced while values sealed with retired keys still open.
 */
@Component
class ContactCipher {

    static final String CONTACT_KEY = "motesplats.privacy.contact-key";
    static final String LOOKUP_KEY = "motesplats.privacy.lookup-key";
    static final String RETIRED_KEYS = "motesplats.privacy.retired-contact-keys";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final int currentVersion;
    private final Map<Integer, SecretKeySpec> contactKeys = new HashMap<>();
    private final SecretKeySpec lookupKey;

    /**
     * @param retiredContactKeys earlier contact keys still needed to open old values, as
     *        {@code version:base64,version:base64}; empty until the first rotation
     */
    ContactCipher(@Value("${" + CONTACT_KEY + ":}") String contactKey,
            @Value("${motesplats.privacy.contact-key-version:1}") int contactKeyVersion,
            @Value("${" + RETIRED_KEYS + ":}") String retiredContactKeys,
            @Value("${" + LOOKUP_KEY + ":}") String lookupKey) {
        this.currentVersion = contactKeyVersion;
        for (String retired : retiredContactKeys.split(",")) {
            if (!retired.isBlank()) {
                String[] versionAndKey = retired.strip().split(":", 2);
                if (versionAndKey.length != 2 || !versionAndKey[0].matches("\\d+")) {
                    throw new MissingContactKeyException(RETIRED_KEYS, "must be version:key pairs separated by commas");
                }
                contactKeys.put(Integer.parseInt(versionAndKey[0]),
                        new SecretKeySpec(key(RETIRED_KEYS, versionAndKey[1]), "AES"));
            }
        }
        contactKeys.put(contactKeyVersion, new SecretKeySpec(key(CONTACT_KEY, contactKey), "AES"));
        this.lookupKey = new SecretKeySpec(key(LOOKUP_KEY, lookupKey), "HmacSHA256");
    }

    private static byte[] key(String property, String base64) {
        if (base64.isBlank()) {
            throw new MissingContactKeyException(property, "is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new MissingContactKeyException(property, "is not valid base64");
        }
        if (key.length != 32) {
            throw new MissingContactKeyException(property, "must be 32 bytes, not " + key.length);
        }
        return key;
    }

    /** The one spelling of an address that its hash is made from. */
    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** An address as the database keeps it: a lookup hash and the encrypted, normalised address. */
    SealedContact sealEmail(String email) {
        String normalised = normaliseEmail(email);
        return new SealedContact(hash(normalised), encrypt(normalised));
    }

    /** A phone number in E.164, as the people module's parser hands it over. */
    SealedContact sealPhone(String e164) {
        String number = e164.strip();
        return new SealedContact(hash(number), encrypt(number));
    }

    String emailHash(String email) {
        return hash(normaliseEmail(email));
    }

    String phoneHash(String e164) {
        return hash(e164.strip());
    }

    /** 64 lower-case hex characters; the same input and key always give the same hash. */
    String hash(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, contactKeys.get(currentVersion), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_BYTES);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return "v" + currentVersion + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext; fails if the value was changed, or sealed with a key that is not configured. */
    String decrypt(String stored) {
        int colon = stored.indexOf(':');
        if (!stored.startsWith("v") || colon < 2) {
            throw new IllegalArgumentException("Not a sealed contact value");
        }
        int version = Integer.parseInt(stored.substring(1, colon));
        SecretKeySpec key = contactKeys.get(version);
        if (key == null) {
            throw new IllegalStateException("Contact key version " + version
                    + " is not configured: add it to motesplats.privacy.retired-contact-keys");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("A contact value does not match contact key version " + version
                    + ": it was altered, or the key is not the one it was sealed with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** What the account table stores for one contact detail. */
    record SealedContact(String hash, String encrypted) {
    }

    /** A contact key is missing or malformed; {@link ContactKeyFailureAnalyzer} explains it at start-up. */
    static final class MissingContactKeyException extends IllegalStateException {

        private final String property;

        MissingContactKeyException(String property, String problem) {
            super(property + " " + problem);
            this.property = property;
        }

        String property() {
            return property;
        }
    }
}
