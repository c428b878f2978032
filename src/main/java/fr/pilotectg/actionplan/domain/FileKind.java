package fr.pilotectg.actionplan.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a fiche accepts, recognised by their first bytes, never by their name: PDF ({@code %PDF-}), PNG, JPEG
 * and the office formats, which are ZIP archives told apart by their entries (DOCX {@code word/document.xml}, XLSX
 * {@code xl/workbook.xml}, ODT a {@code mimetype} entry reading {@code application/vnd.oasis.opendocument.text}); one
 * that carries macros ({@code vbaProject.bin}, {@code Basic/}, {@code Scripts/}) is refused. Only entry names are read
 * (and the few bytes of {@code mimetype}), never inflated contents, so a zip bomb costs nothing.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private static final int MAX_ENTRIES = 5000;

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** What {@code content} is, or empty when it is none of the accepted kinds. */
    public static Optional<FileKind> detect(byte[] content) {
        if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of(PDF);
        if (starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return Optional.of(PNG);
        if (starts(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of(JPEG);
        if (starts(content, new byte[] {'P', 'K', 3, 4})) return office(content);
        return Optional.empty();
    }

    private static Optional<FileKind> office(byte[] content) {
        FileKind found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) return Optional.empty();
                String name = entry.getName();
                // Macros (Word/Excel vbaProject.bin, OpenDocument Basic and Scripts): a document that runs code is
                // refused.
                if (name.endsWith("vbaProject.bin") || name.startsWith("Basic/") || name.startsWith("Scripts/"))
                    return Optional.empty();
                if (name.equals("word/document.xml")) found = DOCX;
                else if (name.equals("xl/workbook.xml")) found = XLSX;
                else if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (!type.equals("application/vnd.oasis.opendocument.text")) return Optional.empty();
                    found = ODT;
                }
            }
            return Optional.ofNullable(found);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
