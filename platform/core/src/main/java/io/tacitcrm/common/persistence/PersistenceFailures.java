package io.tacitcrm.common.persistence;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.StaleVersionException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Recognises, anywhere in an exception's causes, the database telling a writer that another writer got there first:
 * an optimistic lock lost at commit, a unique key taken by a concurrent insert, a serialization failure or deadlock.
 * Each is the client's race, not our fault, so it becomes a conflict instead of a 500.
 */
public final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private PersistenceFailures() {
    }

    public static Optional<DomainException> asConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Optional.of(domain);
            }
            if (cause instanceof OptimisticLockException) {
                return Optional.of(new StaleVersionException("record"));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case UNIQUE_VIOLATION -> {
                        return Optional.of(new ConflictException("body", "conflict.duplicate",
                                "Another request just created a record with these values; reload and try again."));
                    }
                    case SERIALIZATION_FAILURE, DEADLOCK -> {
                        return Optional.of(new ConflictException("body", "conflict.concurrent",
                                "Another request changed the same records at the same time; try again."));
                    }
                    default -> {
                        // any other database error is ours: fall through to the incident path
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code action} (a whole transaction, so that commit-time failures are seen); when another request took the
     * unique key {@code constraint} first, answers with {@code conflict} instead — the same error a check before the
     * insert gives when the other request had already finished.
     */
    public static <T> T uniqueOr(String constraint, Supplier<? extends DomainException> conflict, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e, constraint)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /**
     * True when the failure is a unique key taken concurrently, e.g. two sign-ups with one e-mail. On a Citus
     * cluster the error comes from a shard, whose index carries the shard's number: {@code app_user_email_uq_102228}.
     */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        Pattern named = Pattern.compile("\"" + Pattern.quote(constraint) + "(_\\d+)?\"");
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && named.matcher(String.valueOf(sql.getMessage())).find()) {
                return true;
            }
        }
        return false;
    }
}
