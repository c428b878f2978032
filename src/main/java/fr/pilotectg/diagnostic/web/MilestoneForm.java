package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.Milestone;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One due date of the diagnostic and what is due then. */
public class MilestoneForm {

    private Integer index;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    private String deliverable;
    private int version;

    static MilestoneForm blank(int version) {
        MilestoneForm form = new MilestoneForm();
        form.version = version;
        return form;
    }

    static MilestoneForm of(int index, Milestone milestone, int version) {
        MilestoneForm form = blank(version);
        form.index = index;
        form.dueOn = milestone.dueOn();
        form.deliverable = milestone.deliverable();
        return form;
    }

    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public void setDeliverable(String deliverable) {
        this.deliverable = deliverable;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
