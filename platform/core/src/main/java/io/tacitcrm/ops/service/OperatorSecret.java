package io.tacitcrm.ops.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operator's bearer secret: {@code tco_<43 random base64url characters>}. It has no workspace part, and a tenant's
 * {@code tct_} token never has this shape, so neither realm ever takes the other's token for its own.
 */
public record OperatorSecret(String value) {

    private static final Pattern SHAPE = Pattern.compile("tco_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static OperatorSecret generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new OperatorSecret("tco_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    static Optional<OperatorSecret> parse(String presented) {
        return Optional.ofNullable(presented).filter(p -> SHAPE.matcher(p).matches()).map(OperatorSecret::new);
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
