package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.Analysis;
import fr.pilotectg.diagnostic.domain.AnalysisSection;
import fr.pilotectg.diagnostic.domain.AnalysisStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The form of one analysis; data sources are typed one per line. */
public class AnalysisForm {

    private AnalysisStatus status = AnalysisStatus.NOT_STARTED;
    private String text;
    private String dataSources;
    private Map<AnalysisSection.QualityPoint, String> qualitative = new EnumMap<>(AnalysisSection.QualityPoint.class);
    private int version;

    static AnalysisForm of(Analysis analysis, int version) {
        AnalysisForm form = new AnalysisForm();
        form.status = analysis.status();
        form.text = analysis.text();
        form.dataSources = String.join("\n", analysis.dataSources());
        form.qualitative.putAll(analysis.qualitative());
        form.version = version;
        return form;
    }

    Analysis analysis(AnalysisSection section) {
        var points = new EnumMap<AnalysisSection.QualityPoint, String>(AnalysisSection.QualityPoint.class);
        qualitative.forEach((k, v) -> {
            if (section.points().contains(k)) points.put(k, v);
        });
        return new Analysis(
                section, status, text, dataSources == null ? null : Arrays.asList(dataSources.split("\\R")), points);
    }

    public AnalysisStatus getStatus() {
        return status;
    }

    public void setStatus(AnalysisStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDataSources() {
        return dataSources;
    }

    public void setDataSources(String dataSources) {
        this.dataSources = dataSources;
    }

    public Map<AnalysisSection.QualityPoint, String> getQualitative() {
        return qualitative;
    }

    public void setQualitative(Map<AnalysisSection.QualityPoint, String> qualitative) {
        this.qualitative = qualitative;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
