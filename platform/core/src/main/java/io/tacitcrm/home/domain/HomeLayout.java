package io.tacitcrm.home.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cards a user arranged ({@code order}) and hid ({@code hidden}), by key: {@code core:<card>} or
 * {@code <plugin id>:<widget id>}. Keys of cards that no longer exist are harmless; cards not in {@code order} follow
 * the arranged ones in the host's order.
 */
public record HomeLayout(List<String> order, Set<String> hidden) {

    public static final HomeLayout DEFAULT = new HomeLayout(List.of(), Set.of());
    /** More cards than any company will have, so a layout stays a small row. */
    public static final int MAX_CARDS = 100;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,60}:[a-z][a-z0-9-]{0,60}");

    public HomeLayout {
        order = List.copyOf(order.stream().distinct().toList());
        hidden = Set.copyOf(hidden);
    }

    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The given cards (keys, in the host's order) as this user wants them: arranged first, hidden left out. */
    public List<String> arrange(Collection<String> cards) {
        List<String> shown = new ArrayList<>(cards.stream().filter(c -> !hidden.contains(c)).toList());
        List<String> host = List.copyOf(cards);
        shown.sort(Comparator.comparingInt((String c) -> order.contains(c) ? order.indexOf(c) : order.size())
                .thenComparingInt(host::indexOf));
        return shown;
    }
}
