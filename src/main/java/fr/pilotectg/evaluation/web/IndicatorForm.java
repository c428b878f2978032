package fr.pilotectg.evaluation.web;

import fr.pilotectg.evaluation.domain.EvaluationViews.IndicatorLine;
import fr.pilotectg.evaluation.domain.IndicatorService.IndicatorInput;
import fr.pilotectg.shared.FrenchNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The indicator form: every number is kept as typed so that a refused value stays on screen with its message. */
public class IndicatorForm {

    private Integer version;
    private String name;
    private String definition;
    private String unit;
    private String direction = "HIGHER_IS_BETTER";
    private String source;
    private String baselineValue;
    private String baselineYear;
    private List<UUID> ficheIds = new ArrayList<>();
    private Map<String, String> targets = new LinkedHashMap<>();
    private String customUnit;
    private boolean signed;

    static IndicatorForm of(IndicatorLine line, List<Integer> years) {
        var form = new IndicatorForm();
        var d = line.data();
        form.version = line.version();
        form.name = d.name();
        form.definition = d.definition();
        form.unit = d.unit().name();
        form.direction = d.direction().name();
        form.source = d.source();
        form.baselineValue = d.baselineValue() == null ? "" : FrenchNumbers.plain(d.baselineValue());
        form.baselineYear = d.baselineYear() == null ? "" : String.valueOf(d.baselineYear());
        form.ficheIds = new ArrayList<>(d.ficheIds());
        form.customUnit = d.customUnit();
        form.signed = d.signed();
        for (Integer y : years)
            form.targets.put(
                    String.valueOf(y),
                    d.targets().get(y) == null
                            ? ""
                            : FrenchNumbers.plain(d.targets().get(y)));
        return form;
    }

    IndicatorForm withYears(List<Integer> years) {
        for (Integer y : years) targets.putIfAbsent(String.valueOf(y), "");
        return this;
    }

    IndicatorInput input() {
        Map<String, String> typed = new LinkedHashMap<>();
        targets.forEach((y, v) -> {
            if (v != null && !v.isBlank()) typed.put(y, v);
        });
        return new IndicatorInput(
                name,
                definition,
                unit,
                direction,
                source,
                baselineValue,
                baselineYear,
                ficheIds,
                typed,
                customUnit,
                signed);
    }

    public String getCustomUnit() {
        return customUnit;
    }

    public void setCustomUnit(String customUnit) {
        this.customUnit = customUnit;
    }

    public boolean isSigned() {
        return signed;
    }

    public void setSigned(boolean signed) {
        this.signed = signed;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
        this.baselineYear = baselineYear;
    }

    public List<UUID> getFicheIds() {
        return ficheIds;
    }

    public void setFicheIds(List<UUID> ficheIds) {
        this.ficheIds = ficheIds == null ? new ArrayList<>() : ficheIds;
    }

    public Map<String, String> getTargets() {
        return targets;
    }

    public void setTargets(Map<String, String> targets) {
        this.targets = targets == null ? new LinkedHashMap<>() : targets;
    }
}
