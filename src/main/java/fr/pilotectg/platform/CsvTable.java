package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8, or Windows-1252 when its bytes are not UTF-8 (an Excel "CSV" on Windows); a byte order mark
 * is skipped; the separator (";", "," or tab) is guessed from the first line. Line numbers are those of the file.
 */
final class CsvTable {

    private CsvTable() {}

    static Tabular read(Path file, String filename, UploadLimits limits) throws IOException {
        Charset charset = charsetOf(file, filename);
        TableBuilder table = new TableBuilder(filename, limits);
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 64 * 1024)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
            char delimiter = delimiter(firstLine(reader, limits));
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    int line = (int) record.getRecordNumber();
                    String[] cells = record.values();
                    long length = Math.max(0, cells.length - 1);
                    for (String cell : cells) length += cell.length();
                    if (length > limits.maxLineLength())
                        throw DomainException.rule("UPLOAD_LINE_TOO_LONG", line, limits.maxLineLength());
                    table.add(line, cells);
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw TabularUploads.notASpreadsheet(filename);
            }
        }
        return table.build();
    }

    /** Reads the first line without consuming it; a first line longer than the limit refuses the file. */
    private static String firstLine(BufferedReader reader, UploadLimits limits) throws IOException {
        int max = limits.maxLineLength();
        reader.mark(max + 2);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '\n' && c != '\r') {
            if (line.length() == max) throw DomainException.rule("UPLOAD_LINE_TOO_LONG", 1, max);
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    static char delimiter(String line) {
        int semicolons = count(line, ';');
        int commas = count(line, ',');
        int tabs = count(line, '\t');
        if (tabs > semicolons && tabs > commas) return '\t';
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == c) n++;
        return n;
    }

    /** UTF-8 when the whole file decodes as UTF-8, else Windows-1252; a NUL byte near the start means a binary file. */
    private static Charset charsetOf(Path file, String filename) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        boolean first = true;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                if (first) {
                    for (int i = 0; i < Math.min(n, 4096); i++)
                        if (bytes.array()[i] == 0) throw TabularUploads.notASpreadsheet(filename);
                    first = false;
                }
                bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) return Charset.forName("windows-1252");
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError() || decoder.flush(chars).isError()) return Charset.forName("windows-1252");
        }
        return StandardCharsets.UTF_8;
    }
}
