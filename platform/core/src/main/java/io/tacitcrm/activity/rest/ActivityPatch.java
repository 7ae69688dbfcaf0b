package io.tacitcrm.activity.rest;

/** What a merge patch of a footprint may change: it stays on its customer and deal. */
public record ActivityPatch(String type, String status, String subject, String notes, String outcome, String occurredAt,
                            Integer durationMinutes, String contactId) {
}
