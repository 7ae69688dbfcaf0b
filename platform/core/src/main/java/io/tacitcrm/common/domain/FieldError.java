package io.tacitcrm.common.domain;

/**
 * One problem with one input field.
 *
 * @param field   the field's name as the client sent it (JSON property or form field)
 * @param code    a stable code the UI translates, e.g. {@code "workspace.taken"}
 * @param message an English explanation for API clients
 */
public record FieldError(String field, String code, String message) {
}
