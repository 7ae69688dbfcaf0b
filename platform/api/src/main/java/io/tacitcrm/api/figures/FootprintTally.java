package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.util.UUID;

/**
 * How many footprints one owner has of one type ({@code VISIT}, {@code CALL} …) and status ({@code PLANNED} or
 * {@code DONE}).
 */
@Beta
public record FootprintTally(UUID ownerId, String type, String status, long count) {
}
