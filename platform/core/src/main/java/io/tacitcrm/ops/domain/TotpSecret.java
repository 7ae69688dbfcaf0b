package io.tacitcrm.ops.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The secret of a time-based one-time password (RFC 6238: HMAC-SHA1, six digits, 30-second steps — what every
 * authenticator app reads). A code is accepted for the current step and one step either side, for clocks that
 * differ a little.
 */
public record TotpSecret(byte[] bytes) {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public TotpSecret {
        bytes = bytes.clone();
    }

    public static TotpSecret generate() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new TotpSecret(secret);
    }

    public static TotpSecret fromBase32(String base32) {
        return new TotpSecret(new Base32().decode(base32));
    }

    public String base32() {
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The address an authenticator app enrols from (a QR code of it, or typed). */
    public String uri(String issuer, String account) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The code for the step that holds {@code at}. */
    public String code(Instant at) {
        try {
            int code = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS)
                    .generateOneTimePassword(new SecretKeySpec(bytes, "HmacSHA1"), at);
            return String.format(Locale.ROOT, "%06d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step {@code code} belongs to, if it is one of the steps around {@code now} and later than {@code after}. */
    public OptionalLong matchingStep(String code, Instant now, long after) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            byte[] expected = code(Instant.ofEpochSecond(step * STEP.toSeconds())).getBytes(StandardCharsets.US_ASCII);
            if (step > after && MessageDigest.isEqual(expected, code.strip().getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
