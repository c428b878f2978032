package fr.pilotectg.documents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Word template a convention is written from: the one shipped, « Caf du Nord » (written from the two Nord seeds),
 * until a Caf uploads its own.
 */
@Component
public class DocumentTemplates {

    /** The version recorded with every document written from the shipped template. */
    public static final String DEFAULT_VERSION = "caf-du-nord-1";

    static final String DEFAULT_PATH = "documents/templates/caf-du-nord.docx";

    /** A template and the version recorded with what it writes. */
    public record Template(String version, byte[] content) {}

    private final byte[] shipped;

    DocumentTemplates() {
        try (InputStream in = new ClassPathResource(DEFAULT_PATH).getInputStream()) {
            shipped = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template in force for conventions of this Caf. */
    public Template current(UUID cafId) {
        return shipped();
    }

    /** The shipped template (downloaded by a Caf administrator to start its own). */
    public Template shipped() {
        return new Template(DEFAULT_VERSION, shipped.clone());
    }
}
