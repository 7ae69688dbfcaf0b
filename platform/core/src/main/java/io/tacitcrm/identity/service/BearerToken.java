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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern SHAPE = Pattern.compile("(tc[tlc])_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    static BearerToken generate(TenantId tenant) {
        return generate(API, tenant);
    }

    public static BearerToken generate(String prefix, TenantId tenant) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String hexTenant = tenant.value().toString().replace("-", "");
        return new BearerToken(tenant, prefix + "_" + hexTenant + "_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secret));
    }

    static Optional<BearerToken> parse(String presented) {
        return parse(API, presented);
    }

    public static Optional<BearerToken> parse(String prefix, String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(presented);
        if (!m.matches() || !m.group(1).equals(prefix)) {
            return Optional.empty();
        }
        String hex = m.group(2);
        UUID tenant = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16));
        return Optional.of(new BearerToken(new TenantId(tenant), presented));
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
