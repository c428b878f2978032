package fr.pilotectg.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to ask for the next one. */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public PageResult {
        content = List.copyOf(content);
    }

    public static <T> PageResult<T> of(List<T> content, PageQuery query, long total) {
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new PageResult<>(content, query.page(), query.size(), total, pages);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
