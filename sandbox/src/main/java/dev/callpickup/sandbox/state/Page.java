package dev.callpickup.sandbox.state;

import java.util.List;

/**
 * One page of a list and whether more items follow it.
 *
 * @param items   the items of this page
 * @param hasMore whether items remain after this page
 * @param <T>     item type
 */
public record Page<T>(List<T> items, boolean hasMore) {

    /**
     * Cuts one page out of a complete, already filtered and sorted list.
     *
     * @param all   every matching item
     * @param start zero-based offset
     * @param max   page size (at least 1)
     * @param <T>   item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> all, long start, long max) {
        int from = (int) Math.min(start, all.size());
        int to = (int) Math.min(all.size(), from + max);
        return new Page<>(List.copyOf(all.subList(from, to)), to < all.size());
    }
}
