package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.Figure;
import fr.pilotectg.diagnostic.domain.FigureKind;
import fr.pilotectg.diagnostic.domain.FigureOrigin;
import fr.pilotectg.diagnostic.domain.FigureScope;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The "saisir un chiffre" form; numbers are read as typed so that "abc" gets its own French message. */
public class FigureForm {

    private FigureScope scope = FigureScope.TERRITORY;
    private FigureKind kind;
    private String value;
    private String year;
    private String source;
    private String note;
    private int version;

    static FigureForm blank(int version) {
        FigureForm form = new FigureForm();
        form.version = version;
        return form;
    }

    /** The checked figure (always entered by hand from this form), or every field problem at once. */
    Figure figure() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal number = Numbers.parse(value, "value", "FIGURE_NOT_A_NUMBER", problems);
        Integer parsedYear = Numbers.parseYear(year, problems);
        try {
            Figure figure = Figure.checked(scope, kind, number, parsedYear, source, FigureOrigin.ENTERED, note);
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            return figure;
        } catch (DomainException e) {
            List<FieldProblem> all = new ArrayList<>(problems);
            e.fields().stream()
                    .filter(p -> all.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(all::add);
            throw DomainException.invalidFields(all);
        }
    }

    public FigureScope getScope() {
        return scope;
    }

    public void setScope(FigureScope scope) {
        this.scope = scope;
    }

    public FigureKind getKind() {
        return kind;
    }

    public void setKind(FigureKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
