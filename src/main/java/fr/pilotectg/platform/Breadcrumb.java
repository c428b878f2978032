package fr.pilotectg.platform;

import org.jspecify.annotations.Nullable;

/**
 * One step of the breadcrumb trail: either a message key (section names) or a literal label (an entity's own name),
 * and its link, null for the current page.
 */
public record Breadcrumb(
        @Nullable String key,
        @Nullable String label,
        @Nullable String path) {

    /** A section, named by a message key. */
    public static Breadcrumb section(String key, String path) {
        return new Breadcrumb(key, null, path);
    }

    /** A link labelled by data (a commune's name, a convention's title). */
    public static Breadcrumb link(String label, String path) {
        return new Breadcrumb(null, label, path);
    }

    /** The current page, labelled by data. */
    public static Breadcrumb here(String label) {
        return new Breadcrumb(null, label, null);
    }

    /** The current page, named by a message key. */
    public static Breadcrumb hereKey(String key) {
        return new Breadcrumb(key, null, null);
    }
}
