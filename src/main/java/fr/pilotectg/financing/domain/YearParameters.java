package fr.pilotectg.financing.domain;

import fr.pilotectg.financing.ParameterCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The parameter versions a computation of one year reads, and the compounded revaluation of existing places from 2025
 * to that year (null when a yearly rate is not known).
 */
public record YearParameters(
        int year,
        Map<ParameterCode, ParameterVersion> values,
        BigDecimal revaluationFactor,
        List<ParameterVersion> revaluations) {

    /** The version in force, or null when the parameter has no period covering the year (the scheme did not exist). */
    public ParameterVersion version(ParameterCode code) {
        return values.get(code);
    }

    /** The value as a number, or null (no period, or a value nobody knows). */
    public BigDecimal number(ParameterCode code) {
        ParameterVersion v = values.get(code);
        return v == null ? null : v.number();
    }

    public String mode(ParameterCode code, String otherwise) {
        ParameterVersion v = values.get(code);
        return v == null || v.value() == null ? otherwise : v.value();
    }
}
