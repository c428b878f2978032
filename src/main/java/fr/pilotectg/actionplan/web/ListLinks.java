package fr.pilotectg.actionplan.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a table page: the same path with its current parameters, one value each, and one of them changed (the
 * column sorted on, the page, the page size). A parameter is never repeated, and a blank one is left out.
 */
public record ListLinks(String path, Map<String, String> params) {

    public ListLinks {
        Map<String, String> kept = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) kept.put(k, v);
        });
        params = java.util.Collections.unmodifiableMap(kept);
    }

    /** The link that sorts on {@code column}: ascending, or the other way round when the table is already sorted on it. */
    public String sort(String column) {
        boolean same = column.equalsIgnoreCase(params.getOrDefault("sort", ""));
        boolean descending = same && !"desc".equals(params.get("dir"));
        return with(Map.of("sort", column, "dir", descending ? "desc" : "asc", "page", ""));
    }

    /** « ascending », « descending » or « none »: the column's aria-sort. */
    public String ariaSort(String column) {
        if (!column.equalsIgnoreCase(params.getOrDefault("sort", ""))) return "none";
        return "desc".equals(params.get("dir")) ? "descending" : "ascending";
    }

    public String page(int page) {
        return with(Map.of("page", page == 0 ? "" : String.valueOf(page)));
    }

    public String size(int size) {
        return with(Map.of("size", String.valueOf(size), "page", ""));
    }

    private String with(Map<String, String> changes) {
        Map<String, String> all = new LinkedHashMap<>(params);
        changes.forEach((k, v) -> {
            if (v == null || v.isBlank()) all.remove(k);
            else all.put(k, v);
        });
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        all.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
