package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The national parameter values exactly as the migration ships them, read from its SQL (no database needed). */
final class ShippedParameters {

    private static final Pattern ROW = Pattern.compile(
            "\\('(\\w+)', '([\\d-]+)', (NULL|'[\\d-]+'), (NULL|'[^']*'), '((?:[^']|'')*)', (true|false)\\)");

    private ShippedParameters() {}

    static List<ParameterVersion> national() {
        String sql;
        try (var in = ShippedParameters.class.getResourceAsStream(
                "/db/migration/financing/V1__financing_parameters_and_inputs.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ParameterVersion> versions = new ArrayList<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            versions.add(new ParameterVersion(
                    UUID.nameUUIDFromBytes((m.group(1) + m.group(2)).getBytes(StandardCharsets.UTF_8)),
                    ParameterCode.valueOf(m.group(1)),
                    null,
                    LocalDate.parse(m.group(2)),
                    m.group(3).equals("NULL")
                            ? null
                            : LocalDate.parse(m.group(3).replace("'", "")),
                    m.group(4).equals("NULL") ? null : m.group(4).replace("'", ""),
                    m.group(5).replace("''", "'"),
                    Boolean.parseBoolean(m.group(6)),
                    null));
        }
        return versions;
    }

    static Parameters parameters() {
        return new Parameters(national());
    }

    /** The national values plus {@code extra} (a Caf's overrides). */
    static Parameters with(ParameterVersion... extra) {
        List<ParameterVersion> all = new ArrayList<>(national());
        all.addAll(List.of(extra));
        return new Parameters(all);
    }

    static ParameterVersion override(ParameterCode code, UUID caf, String from, String value) {
        return new ParameterVersion(
                UUID.randomUUID(), code, caf, LocalDate.parse(from), null, value, "Décision de la Caf", false, "Test");
    }
}
