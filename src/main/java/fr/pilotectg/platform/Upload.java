package fr.pilotectg.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file a user sent: its name, the size the client declared (checked before anything is read; -1 when unknown) and
 * a way to read it. Read only through {@link TabularUploads}, which enforces the limits.
 */
public record Upload(String filename, long size, InputStreamSource content) {

    public Upload {
        filename = filename == null || filename.isBlank() ? "fichier" : filename.strip();
    }

    public static Upload of(MultipartFile file) {
        return new Upload(java.util.Objects.requireNonNullElse(file.getOriginalFilename(), ""), file.getSize(), file);
    }

    public static Upload of(String filename, byte[] content) {
        return new Upload(filename, content.length, new ByteArrayResource(content));
    }

    /** Text typed or pasted in a form, read as a UTF-8 CSV. */
    public static Upload ofText(String filename, String text) {
        return of(filename, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
