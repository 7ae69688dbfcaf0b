package io.tacitcrm.search.service;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing found.
 *
 * @param group  for a plugin's hit, the plugin's heading for it; empty for the core's kinds
 * @param id     the record's id, for the core's kinds
 * @param detail a line of context: a customer's region and owner, a contact's customer and phone, a deal's customer
 *               and stage, a plugin's own line
 * @param link   where choosing it leads, relative to the application's root
 */
public record SearchResult(Kind kind, String group, Optional<UUID> id, String title, String detail, String link) {

    /** What was found. */
    public enum Kind {
        CUSTOMER, CONTACT, DEAL, MODULE
    }

    public SearchResult {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(group);
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(link);
    }
}
