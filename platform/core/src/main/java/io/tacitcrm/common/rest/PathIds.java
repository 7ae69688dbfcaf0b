package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.NotFoundException;
import java.util.UUID;

/**
 * An id taken from the URL path: one that is not a UUID cannot name any record, so it is answered like an unknown one.
 */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String value, String entity) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(entity);
        }
    }
}
