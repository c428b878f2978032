package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.Priority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One champ d'intervention prioritaire: its name, domain, enjeux (codes) and development axes typed one per line. */
public class PriorityForm {

    private Integer index;
    private String field;
    private String domain;
    private List<String> enjeux = new ArrayList<>();
    private String axes;
    private int version;

    static PriorityForm blank(int version) {
        PriorityForm form = new PriorityForm();
        form.version = version;
        return form;
    }

    static PriorityForm of(int index, Priority priority, int version) {
        PriorityForm form = blank(version);
        form.index = index;
        form.field = priority.field();
        form.domain = priority.domain();
        form.enjeux = new ArrayList<>(priority.enjeux());
        form.axes = String.join("\n", priority.axes());
        return form;
    }

    Priority priority() {
        return new Priority(
                field,
                domain == null || domain.isBlank() ? null : domain,
                enjeux,
                axes == null ? List.of() : Arrays.asList(axes.split("\\R")));
    }

    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public List<String> getEnjeux() {
        return enjeux;
    }

    public void setEnjeux(List<String> enjeux) {
        this.enjeux = enjeux == null ? new ArrayList<>() : enjeux;
    }

    public String getAxes() {
        return axes;
    }

    public void setAxes(String axes) {
        this.axes = axes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
