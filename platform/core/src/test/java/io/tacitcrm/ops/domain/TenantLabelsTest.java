package io.tacitcrm.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TenantLabelsTest {

    private static Optional<TenantId> tenant() {
        return Optional.of(new TenantId(UUID.randomUUID()));
    }

    @Test
    void the_first_workspaces_up_to_the_cap_keep_their_id_and_later_ones_count_as_other() {
        TenantLabels labels = new TenantLabels(2);
        Optional<TenantId> first = tenant();
        Optional<TenantId> second = tenant();

        assertEquals(first.orElseThrow().value().toString(), labels.of(first));
        assertEquals(second.orElseThrow().value().toString(), labels.of(second));
        assertEquals(TenantLabels.OTHER, labels.of(tenant()));
        assertEquals(first.orElseThrow().value().toString(), labels.of(first), "a labelled workspace stays labelled");
        assertEquals(2, labels.size());
    }

    @Test
    void a_request_without_a_workspace_is_labelled_none_and_takes_no_place() {
        TenantLabels labels = new TenantLabels(1);

        assertEquals(TenantLabels.NONE, labels.of(Optional.empty()));
        assertEquals(0, labels.size());
    }

    @Test
    void many_threads_admitting_at_once_never_pass_the_cap() {
        TenantLabels labels = new TenantLabels(50);
        Set<String> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 2_000).parallel().forEach(i -> seen.add(labels.of(tenant())));

        assertEquals(50, labels.size());
        assertEquals(51, seen.size(), "fifty ids and 'other'");
    }

    @Test
    void a_negative_cap_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new TenantLabels(-1));
    }
}
