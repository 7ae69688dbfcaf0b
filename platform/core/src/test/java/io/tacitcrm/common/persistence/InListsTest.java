package io.tacitcrm.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void each_distinct_value_is_bound_once_in_slices_no_longer_than_a_query_takes() {
        List<Integer> values = new ArrayList<>(IntStream.range(0, 2_500).boxed().toList());
        values.addAll(List.of(7, 1_999, 2_499));
        List<Integer> slices = new ArrayList<>();

        List<Integer> results = InLists.collect(values, slice -> {
            slices.add(slice.size());
            return slice.stream().map(v -> v * 2).toList();
        });

        assertEquals(List.of(1_000, 1_000, 500), slices);
        assertEquals(IntStream.range(0, 2_500).map(v -> v * 2).boxed().toList(), results);
    }

    @Test
    void no_values_run_no_query() {
        assertEquals(List.of(), InLists.collect(List.<String>of(), slice -> {
            throw new AssertionError("queried for " + slice);
        }));
    }
}
