package io.tacitcrm.plugin.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose daily reports a reader may count: their own and those of users below their role ({@code belowPath}, a role
 * path prefix, empty when no role lies below theirs), or everyone's when {@code everyone} (the company reader).
 */
public record ReportReader(UUID user, Optional<String> belowPath, boolean everyone) {
}
