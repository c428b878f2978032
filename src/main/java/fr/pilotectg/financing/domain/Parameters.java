package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every version of every parameter, and which one a computation uses: for a year, the value in force on
 * <b>1 January</b> of that year — the Caf's override with the latest start on or before that day if the convention's Caf
 * has one, else the national value whose period covers it. A change from a date therefore changes the years that start
 * after it and never an earlier year. Pure (no Spring), so that the engine and its tests use it as is.
 */
public final class Parameters {

    private final Map<ParameterCode, List<ParameterVersion>> national = new EnumMap<>(ParameterCode.class);
    private final Map<ParameterCode, List<ParameterVersion>> overrides = new EnumMap<>(ParameterCode.class);

    public Parameters(List<ParameterVersion> versions) {
        for (ParameterVersion v : versions) {
            (v.override() ? overrides : national)
                    .computeIfAbsent(v.code(), c -> new ArrayList<>())
                    .add(v);
        }
        Comparator<ParameterVersion> latestFirst =
                Comparator.comparing(ParameterVersion::validFrom).reversed();
        national.values().forEach(l -> l.sort(latestFirst));
        overrides.values().forEach(l -> l.sort(latestFirst));
    }

    /** The version in force on {@code day} for the Caf {@code cafId} (null: national values only). */
    public Optional<ParameterVersion> on(ParameterCode code, LocalDate day, UUID cafId) {
        if (cafId != null) {
            for (ParameterVersion v : overrides.getOrDefault(code, List.of())) {
                if (v.cafId().equals(cafId) && v.covers(day)) return Optional.of(v);
            }
        }
        for (ParameterVersion v : national.getOrDefault(code, List.of())) {
            if (v.covers(day)) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** The values a computation of {@code year} reads (in force on 1 January), for the Caf {@code cafId}. */
    public YearParameters forYear(int year, UUID cafId) {
        LocalDate day = LocalDate.of(year, 1, 1);
        Map<ParameterCode, ParameterVersion> values = new EnumMap<>(ParameterCode.class);
        for (ParameterCode code : ParameterCode.values()) on(code, day, cafId).ifPresent(v -> values.put(code, v));
        // The existing-place revaluation compounds the yearly rates from 2025 (addendum §1.3).
        List<ParameterVersion> revaluations = new ArrayList<>();
        BigDecimal factor = BigDecimal.ONE;
        for (int y = 2025; y <= year && factor != null; y++) {
            Optional<ParameterVersion> rate = on(ParameterCode.BT_REVALUATION_RATE, LocalDate.of(y, 1, 1), cafId);
            if (rate.isEmpty() || !rate.get().known()) {
                factor = null;
                rate.ifPresent(revaluations::add);
            } else {
                revaluations.add(rate.get());
                factor = factor.multiply(BigDecimal.ONE.add(rate.get().number()));
            }
        }
        return new YearParameters(year, values, factor, List.copyOf(revaluations));
    }

    /** Every version, national then overrides, by code and start. */
    public List<ParameterVersion> all() {
        List<ParameterVersion> all = new ArrayList<>();
        national.values().forEach(all::addAll);
        overrides.values().forEach(all::addAll);
        all.sort(Comparator.comparing((ParameterVersion v) -> v.code().ordinal())
                .thenComparing(v -> v.cafId() == null ? "" : v.cafId().toString())
                .thenComparing(ParameterVersion::validFrom));
        return all;
    }
}
