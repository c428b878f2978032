package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter versions a computation of one year reads, and the compounded revaluation of existing places from 2025
 * to that year (null when a yearly rate is not known).
 *
 * <p>Each value is parsed once, here, and the list of versions a kind of line reads is built once per year: the engine
 * asks for them for every line of every structure (measured: parsing the stored text on each read was 40 % of a
 * national computation).
 */
public final class YearParameters {

    private final int year;
    private final Map<ParameterCode, ParameterVersion> values;
    private final Map<ParameterCode, BigDecimal> numbers = new EnumMap<>(ParameterCode.class);
    private final BigDecimal revaluationFactor;
    private final List<ParameterVersion> revaluations;
    private final List<List<ParameterVersion>> reads = new ArrayList<>();
    private final List<List<String>> missing = new ArrayList<>();

    public YearParameters(
            int year,
            Map<ParameterCode, ParameterVersion> values,
            BigDecimal revaluationFactor,
            List<ParameterVersion> revaluations) {
        this.year = year;
        this.values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? Map.of() : values));
        this.revaluationFactor = revaluationFactor;
        this.revaluations = List.copyOf(revaluations);
        values.forEach((code, v) -> {
            if (v.known() && code.unit().numeric()) numbers.put(code, v.number());
        });
        for (ParameterReads set : ParameterReads.values()) {
            List<ParameterVersion> versions = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (ParameterCode c : set.codes()) {
                ParameterVersion v = values.get(c);
                if (v != null) versions.add(v);
                if (numbers.get(c) == null && c.unit().numeric()) unknown.add("param:" + c.name());
            }
            if (set == ParameterReads.BT_EXISTING) versions.addAll(this.revaluations);
            reads.add(List.copyOf(versions));
            missing.add(List.copyOf(unknown));
        }
    }

    public int year() {
        return year;
    }

    public Map<ParameterCode, ParameterVersion> values() {
        return values;
    }

    public BigDecimal revaluationFactor() {
        return revaluationFactor;
    }

    public List<ParameterVersion> revaluations() {
        return revaluations;
    }

    /** The version in force, or null when the parameter has no period covering the year (the scheme did not exist). */
    public ParameterVersion version(ParameterCode code) {
        return values.get(code);
    }

    /** The value as a number, or null (no period, or a value nobody knows). */
    public BigDecimal number(ParameterCode code) {
        return numbers.get(code);
    }

    public String mode(ParameterCode code, String otherwise) {
        ParameterVersion v = values.get(code);
        return v == null || v.value() == null ? otherwise : v.value();
    }

    /** The versions in force of a set of parameters (the revaluations too for existing places), in the set's order. */
    List<ParameterVersion> versions(ParameterReads set) {
        return reads.get(set.ordinal());
    }

    /** The numeric parameters of a set whose value is not known this year, named « param:CODE ». */
    List<String> missing(ParameterReads set) {
        return missing.get(set.ordinal());
    }
}
