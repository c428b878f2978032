package fr.pilotectg.diagnostic.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Median disposable income per unité de consommation by commune (INSEE Filosofi 2021, départements 59 and 62, bundled in
 * {@code diagnostic/filosofi2021_59_62.csv}; see the README next to it). The source gives no département or EPCI
 * median, and a median cannot be rebuilt from communes' medians: only the commune figures and the national median shown.
 */
@Component
public class IncomeReference {

    public static final String SOURCE = "INSEE, Filosofi 2021 (revenu disponible médian par UC), via data.gouv.fr";
    public static final int YEAR = 2021;
    /** The national median of the same dataset (its meta.json: national_median_eur). */
    public static final BigDecimal NATIONAL_MEDIAN = BigDecimal.valueOf(22_810);

    private final Map<String, BigDecimal> medians;

    IncomeReference() {
        this.medians = load();
    }

    public Optional<BigDecimal> medianOf(String inseeCode) {
        return Optional.ofNullable(medians.get(inseeCode));
    }

    private static Map<String, BigDecimal> load() {
        Map<String, BigDecimal> values = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("diagnostic/filosofi2021_59_62.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",", -1);
                if (cells.length >= 2 && !cells[1].isBlank()) values.put(cells[0], new BigDecimal(cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(values);
    }
}
