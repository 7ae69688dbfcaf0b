package io.tacitcrm.customer.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidOrderTest {

    @Test
    void uuids_compare_as_postgresql_compares_them_byte_by_byte_unsigned() {
        UUID low = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        assertTrue(JpaAccountRepository.compareUuids(low, high) < 0, "java's signed compareTo would say the opposite");
        assertTrue(low.compareTo(high) > 0);
        UUID a = UUID.fromString("00000000-0000-0000-7fff-ffffffffffff");
        UUID b = UUID.fromString("00000000-0000-0000-8000-000000000000");
        assertTrue(JpaAccountRepository.compareUuids(a, b) < 0);
    }
}
