package io.tacitcrm.common.rest;

/** The answer to a create whose record is read elsewhere: its id (and its address in {@code Location}). */
public record IdJson(String id) {
}
