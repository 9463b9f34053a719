package dev.atrium.core.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list endpoint answers it: the items and where
 * they sit. {@code page} counts from 0.
 */
public record ListPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> ListPage<T> of(Page<E> page, Function<E, T> mapper) {
        return new ListPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
