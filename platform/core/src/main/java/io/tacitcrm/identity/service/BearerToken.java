package io.tacitcrm.identity.service;

import io.tacitcrm.tenancy.domain.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The shape of a bearer token: {@code tct_<tenant id as 32 hex>_<43 random base64url characters>}. The tenant part
 * only says where to look the token up; the token is valid only if the hash of the whole token is stored there.
 * One-time links sent by mail carry secrets of the same shape with the prefix {@code tcl_}, so that neither kind is
 * ever taken for the other; a calendar feed's address carries one with the prefix {@code tcc_}.
 */
public record BearerToken(TenantId tenant, String value) {

    static final String API = "tct";
    static final String LINK = "tcl";
    /** A calendar feed's secret: it opens that feed and nothing else. */
    public static final String CALENDAR = "tcc";
    private static final int TENANT_START = 4;
    /** A UUID's 128 bits in hex. */
    private static final int TENANT_HEX_LENGTH = 32;
    private static final int SECRET_BYTES = 32;
    /** {@link #SECRET_BYTES} in base64url without padding. */
    private static final int SECRET_LENGTH = (SECRET_BYTES * 4 + 2) / 3;
    private static final int SECRET_START = TENANT_START + TENANT_HEX_LENGTH + 1;
    private static final int LENGTH = SECRET_START + SECRET_LENGTH;
    private static final SecureRandom RANDOM = new SecureRandom();

    static BearerToken generate(TenantId tenant) {
        return generate(API, tenant);
    }

    public static BearerToken generate(String prefix, TenantId tenant) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String hexTenant = tenant.value().toString().replace("-", "");
        return new BearerToken(tenant, prefix + "_" + hexTenant + "_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secret));
    }

    static Optional<BearerToken> parse(String presented) {
        return parse(API, presented);
    }

    public static Optional<BearerToken> parse(String prefix, String presented) {
        if (presented == null || !shaped(prefix, presented)) {
            return Optional.empty();
        }
        int middle = TENANT_START + TENANT_HEX_LENGTH / 2;
        UUID tenant = new UUID(Long.parseUnsignedLong(presented, TENANT_START, middle, 16),
                Long.parseUnsignedLong(presented, middle, SECRET_START - 1, 16));
        return Optional.of(new BearerToken(new TenantId(tenant), presented));
    }

    /**
     * {@code <prefix>_<32 lower-case hex>_<43 base64url>}, checked character by character: every request parses its
     * token, and the regular expression that did it was 1 % of a read request's CPU.
     */
    static boolean shaped(String prefix, String presented) {
        if (!isPrefix(prefix) || presented.length() != LENGTH || !presented.startsWith(prefix)
                || presented.charAt(TENANT_START - 1) != '_' || presented.charAt(SECRET_START - 1) != '_') {
            return false;
        }
        for (int i = TENANT_START; i < SECRET_START - 1; i++) {
            char c = presented.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        for (int i = SECRET_START; i < LENGTH; i++) {
            char c = presented.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrefix(String prefix) {
        return prefix.equals(API) || prefix.equals(LINK) || prefix.equals(CALENDAR);
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
