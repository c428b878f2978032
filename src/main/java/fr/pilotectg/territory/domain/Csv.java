package fr.pilotectg.territory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/** Opens a bundled CSV (optionally gzipped) with its header row. */
final class Csv {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private Csv() {}

    static CSVParser open(String classpathLocation) throws IOException {
        return CSVParser.parse(reader(classpathLocation), FORMAT);
    }

    static Reader reader(String classpathLocation) throws IOException {
        InputStream in = new ClassPathResource(classpathLocation).getInputStream();
        if (classpathLocation.endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static @Nullable Integer integer(@Nullable String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }
}
