package io.tacitcrm.common.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
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
}
