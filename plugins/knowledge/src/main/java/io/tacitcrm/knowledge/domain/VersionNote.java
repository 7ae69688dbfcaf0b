package io.tacitcrm.knowledge.domain;

import java.util.Optional;

/**
 * Why a version exists, as a stable code clients translate: {@code created}, {@code edited}, {@code published},
 * {@code archived}, or {@code restored:<n>} for a restore of version n.
 */
public final class VersionNote {

    public static final String CREATED = "created";
    public static final String EDITED = "edited";
    public static final String PUBLISHED = "published";
    public static final String ARCHIVED = "archived";
    private static final String RESTORED = "restored:";

    private VersionNote() {
    }

    public static String restoredFrom(int version) {
        return RESTORED + version;
    }

    /** The restored version a note names, if it is a restore. */
    public static Optional<Integer> restoredVersion(String note) {
        if (!note.startsWith(RESTORED)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(note.substring(RESTORED.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
