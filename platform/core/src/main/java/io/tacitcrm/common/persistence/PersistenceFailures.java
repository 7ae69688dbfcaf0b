package io.tacitcrm.common.persistence;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.common.domain.UnavailableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Recognises, anywhere in an exception's causes, the database telling a writer that another writer got there first:
 * an optimistic lock lost at commit, a unique key taken by a concurrent insert, a serialization failure or deadlock.
 * Each is the client's race, not our fault, so it becomes a conflict instead of a 500; so does a row held by another
 * transaction longer than the lock timeout. Likewise a database out of reach (stopped, restarting, refusing
 * connections, the pool waited in vain), out of disk or too slow for the statement timeout is no bug of ours either:
 * nothing was done, and the caller is told to try again later (503) rather than quoting an incident. So is work that
 * outlived its transaction's timeout: the container undid it.
 */
public final class PersistenceFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    /** lock_timeout: another transaction held the rows longer than a statement may wait for them. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** statement_timeout (or a cancel): the database did not answer in the time a statement may take. */
    private static final String QUERY_CANCELED = "57014";
    /** Class 08 is the connection's; 57P01–57P03 a server shutting down, crashed or starting. */
    private static final Pattern OUT_OF_REACH = Pattern.compile("08...|57P0[123]");
    /** disk_full; 53000 and 54000 are other resources (memory, connections) exhausted on the database's side. */
    private static final String DISK_FULL = "53100";
    private static final Duration RETRY_OUT_OF_REACH = Duration.ofSeconds(5);
    private static final Duration RETRY_DISK_FULL = Duration.ofMinutes(1);
    /** How Open Liberty's transaction manager words a commit refused because the transaction outlived its timeout. */
    private static final Pattern TIMED_OUT = Pattern.compile("timed out", Pattern.CASE_INSENSITIVE);

    private PersistenceFailures() {
    }

    /** The refusal a database failure stands for: a conflict, or the database unavailable; empty when it is ours. */
    public static Optional<DomainException> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Optional.of(domain);
            }
            if (cause instanceof OptimisticLockException) {
                return Optional.of(new StaleVersionException("record"));
            }
            if (cause instanceof RollbackException && TIMED_OUT.matcher(String.valueOf(cause.getMessage())).find()) {
                return Optional.of(undone());
            }
            Optional<DomainException> unavailable = unavailable(cause);
            if (unavailable.isPresent()) {
                return unavailable;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case UNIQUE_VIOLATION -> {
                        return Optional.of(new ConflictException("body", "conflict.duplicate",
                                "Another request just created a record with these values; reload and try again."));
                    }
                    case SERIALIZATION_FAILURE, DEADLOCK, LOCK_NOT_AVAILABLE -> {
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

    /** The answer to work whose transaction can no longer commit: it outlived its timeout and was undone. */
    public static UnavailableException undone() {
        return new UnavailableException("transaction.timeout", "This took longer than one request may take, and"
                + " everything it did was undone; nothing was saved. Try again with less at once.", RETRY_OUT_OF_REACH);
    }

    private static Optional<DomainException> unavailable(Throwable cause) {
        String state = cause instanceof SQLException sql ? String.valueOf(sql.getSQLState()) : "";
        if (state.equals(DISK_FULL)) {
            return Optional.of(new UnavailableException("storage.full", "The database has run out of disk space;"
                    + " nothing was saved. Try again later.", RETRY_DISK_FULL));
        }
        if (state.equals(QUERY_CANCELED)) {
            return Optional.of(new UnavailableException("database.timeout", "The database took too long to answer;"
                    + " nothing was saved. Try again in a few seconds.", RETRY_OUT_OF_REACH));
        }
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || OUT_OF_REACH.matcher(state).matches()) {
            return Optional.of(new UnavailableException("database.unavailable", "The database cannot be reached"
                    + " just now; nothing was saved. Try again in a few seconds.", RETRY_OUT_OF_REACH));
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
