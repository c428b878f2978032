package fr.pilotectg.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a table page (the plan's list, the register): the same path with its current parameters, one value each,
 * and one of them changed (the column sorted on, the page, the page size). A parameter is never repeated, a blank one
 * is left out, and every link writes the parameters in the order the page declared them (blank ones included), so
 * that a link reads the same whichever parameter it changes.
 */
public final class ListLinks {

    private final String path;
    private final List<String> order;
    private final Map<String, String> params;

    /** {@code params} in the order links write them; a null or blank value is a parameter not set. */
    public ListLinks(String path, Map<String, String> params) {
        this.path = path;
        this.order = List.copyOf(params.keySet());
        Map<String, String> kept = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) kept.put(k, v);
        });
        this.params = Collections.unmodifiableMap(kept);
    }

    public Map<String, String> params() {
        return params;
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
        List<String> keys = new ArrayList<>(order);
        all.keySet().stream().filter(k -> !order.contains(k)).forEach(keys::add);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (String k : keys) if (all.containsKey(k)) uri.queryParam(k, all.get(k));
        return uri.encode().build().toUriString();
    }
}
