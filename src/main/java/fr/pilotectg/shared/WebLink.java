package fr.pilotectg.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The links the application stores and shows as {@code href}: only absolute {@code http}/{@code https} addresses with a
 * host, so that no {@code javascript:}, {@code data:} or other scheme reaches a page. A refused link gets the code
 * {@link #NOT_HTTP} (or the field's own code).
 */
public final class WebLink {

    public static final String NOT_HTTP = "LINK_NOT_HTTP";
    public static final int MAX_LENGTH = 2_000;

    private WebLink() {}

    public static boolean isHttp(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LENGTH) return false;
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || c == '\\') return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
