package fr.pilotectg.documents.domain;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Renders a Word template with poi-tl: {@code {{name}}} text, {@code {{?section}}…{{/section}}} loops and conditions,
 * {@code {{#table}}} tables built from the data. A placeholder the data lacks renders empty.
 *
 */
@Component
public class DocxRendering {

    private final Configure configure = Configure.builder().build();

    public byte[] render(byte[] template, DocumentContent content) {
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)
                        .render(content.data());
                var out = new ByteArrayOutputStream()) {
            compiled.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
