package fr.pilotectg.diagnostic.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The date the comité de pilotage validated the diagnostic. */
public class ValidationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validatedOn;

    private int version;

    static ValidationForm of(LocalDate on, int version) {
        ValidationForm form = new ValidationForm();
        form.validatedOn = on;
        form.version = version;
        return form;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public void setValidatedOn(LocalDate validatedOn) {
        this.validatedOn = validatedOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
