package org.telerad.registry.common.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a result list and the total number of matches, in the shape the REST API answers. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Cuts a page out of a complete, already ordered list. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<R>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
