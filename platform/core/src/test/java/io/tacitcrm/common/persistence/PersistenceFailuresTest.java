package io.tacitcrm.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.DomainException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

    private static RuntimeException unique(String index) {
        return new IllegalStateException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"" + index + "\"", "23505"));
    }

    @Test
    void a_taken_key_is_known_by_its_name_on_one_database_and_by_its_shards_name_on_a_citus_cluster() {
        assertTrue(PersistenceFailures.isUniqueViolation(unique("app_user_email_uq"), "app_user_email_uq"));
        assertTrue(PersistenceFailures.isUniqueViolation(unique("app_user_email_uq_102228"), "app_user_email_uq"));
    }

    @Test
    void another_key_or_another_error_is_not_taken_for_it() {
        assertFalse(PersistenceFailures.isUniqueViolation(unique("app_user_email_uq_old"), "app_user_email_uq"));
        assertFalse(PersistenceFailures.isUniqueViolation(unique("team_name_uq"), "app_user_email_uq"));
        assertFalse(PersistenceFailures.isUniqueViolation(new IllegalStateException(new SQLException(
                "ERROR: \"app_user_email_uq\" is fine", "23503")), "app_user_email_uq"));
    }

    @Test
    void a_database_out_of_reach_is_a_503_to_retry_in_seconds_and_a_full_disk_in_a_minute() {
        for (Throwable down : new Throwable[] {
            new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"),
            new SQLException("An I/O error occurred while sending to the backend.", "08006"),
            new SQLException("FATAL: terminating connection due to administrator command", "57P01"),
            new SQLException("FATAL: the database system is starting up", "57P03"),
            new SQLTransientConnectionException("J2CA0045E: Connection not available while invoking getConnection")}) {
            DomainException refusal = PersistenceFailures.explain(new PersistenceException(
                    new IllegalStateException(down))).orElseThrow();
            assertEquals(DomainException.Kind.UNAVAILABLE, refusal.kind(), down.getMessage());
            assertEquals("database.unavailable", refusal.code());
            assertEquals(Optional.of(Duration.ofSeconds(5)), refusal.retryAfter());
        }
        DomainException full = PersistenceFailures.explain(new PersistenceException(new SQLException(
                "ERROR: could not extend file \"base/16384/16601\": No space left on device", "53100"))).orElseThrow();
        assertEquals("storage.full", full.code());
        assertEquals(Optional.of(Duration.ofMinutes(1)), full.retryAfter());
    }

    @Test
    void a_statement_over_its_time_is_a_503_and_a_row_held_too_long_a_conflict() {
        DomainException slow = PersistenceFailures.explain(new PersistenceException(new SQLException(
                "ERROR: canceling statement due to statement timeout", "57014"))).orElseThrow();
        assertEquals(DomainException.Kind.UNAVAILABLE, slow.kind());
        assertEquals("database.timeout", slow.code());
        assertEquals(Optional.of(Duration.ofSeconds(5)), slow.retryAfter());
        DomainException held = PersistenceFailures.explain(new PersistenceException(new SQLException(
                "ERROR: canceling statement due to lock timeout", "55P03"))).orElseThrow();
        assertEquals(DomainException.Kind.CONFLICT, held.kind());
        assertEquals("conflict.concurrent", held.code());
    }

    /** The words and the wrapping are Open Liberty's, as an import that outlived its transaction was answered. */
    @Test
    void work_that_outlived_its_transaction_is_a_503_saying_nothing_was_saved() {
        DomainException undone = PersistenceFailures.explain(new TransactionalException("commit failed",
                new RollbackException("Global transaction timed out after 120 seconds"))).orElseThrow();
        assertEquals(DomainException.Kind.UNAVAILABLE, undone.kind());
        assertEquals("transaction.timeout", undone.code());
        assertTrue(undone.getMessage().contains("nothing was saved"), undone.getMessage());
        assertEquals(Optional.empty(), PersistenceFailures.explain(new TransactionalException("commit failed",
                new RollbackException("the transaction was marked for rollback"))), "any other rollback stays ours");
    }

    @Test
    void other_database_errors_stay_ours_and_races_stay_conflicts() {
        assertEquals(Optional.empty(), PersistenceFailures.explain(new PersistenceException(new SQLException(
                "ERROR: column \"x\" does not exist", "42703"))));
        assertEquals(DomainException.Kind.CONFLICT, PersistenceFailures.explain(new PersistenceException(new
                SQLException("ERROR: deadlock detected", "40P01"))).orElseThrow().kind());
    }
}
