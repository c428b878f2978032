package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinkTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.caf.fr/partenaires", "http://example.org/cr.pdf?x=1#p", "HTTPS://EXAMPLE.ORG"})
    void webAddressesAreAccepted(String link) {
        assertThat(WebLink.isHttp(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "data:text/html,<script>x</script>",
                "vbscript:msgbox",
                "file:///etc/passwd",
                "ftp://example.org",
                "//example.org",
                "/relative",
                "https://",
                "https:///x",
                "https://user:pass@example.org",
                "https://exa mple.org",
                "https://example.org/\u0000",
                "http:\\\\example.org",
                "",
                "example.org"
            })
    void anythingElseIsRefused(String link) {
        assertThat(WebLink.isHttp(link)).isFalse();
    }
}
