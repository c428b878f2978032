package fr.pilotectg.governance.web;

import fr.pilotectg.governance.domain.GovernanceErrors;
import fr.pilotectg.governance.domain.PostData;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The post form of a chargé de coopération or chef de projet. ETP and Caf share are typed the French way ("0,5",
 * "50") and read here: a value that is not a number is refused next to its field before anything is saved.
 */
public class PostForm {

    private Integer version;
    private PostData.PostRole role = PostData.PostRole.CHARGE_COOPERATION;
    private String commune;
    private String theme;
    private String etp;
    private String requestedEtp;
    private String person;
    private String contact;
    private UUID employerId;
    private String cafShare;
    private String targetReference;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate targetDate;

    /** Null: the post's situation is not known (« Situation non renseignée »). */
    private PostData.PostStatus status;

    private String note;

    static PostForm of(PostData data, int version) {
        PostForm form = new PostForm();
        form.version = version;
        form.role = data.role();
        form.commune = data.commune();
        form.theme = data.theme();
        form.etp = FrenchNumbers.plain(data.etp());
        form.requestedEtp = FrenchNumbers.plain(data.requestedEtp());
        form.person = data.person();
        form.contact = data.contact();
        form.employerId = data.employerId();
        form.cafShare = FrenchNumbers.plain(data.cafShare());
        form.targetReference = data.targetReference();
        form.targetDate = data.targetDate();
        form.status = data.status();
        form.note = data.note();
        return form;
    }

    /** The post as typed; numbers that cannot be read are refused as field problems. */
    PostData data() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal etpValue = number(etp, "etp", problems);
        BigDecimal requested = number(requestedEtp, "requestedEtp", problems);
        BigDecimal share = number(cafShare, "cafShare", problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new PostData(
                role,
                commune,
                theme,
                etpValue,
                requested,
                person,
                contact,
                employerId,
                share,
                targetReference,
                targetDate,
                status,
                note);
    }

    /** "0,5", "0.5", "1 000", "50 %" are numbers; blank is none; anything else is a problem of {@code field}. */
    static BigDecimal number(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        Optional<BigDecimal> value = FrenchNumbers.parse(text.replace("%", ""));
        if (value.isEmpty()) problems.add(FieldProblem.of(field, GovernanceErrors.NUMBER_INVALID, text.strip()));
        return value.orElse(null);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public PostData.PostRole getRole() {
        return role;
    }

    public void setRole(PostData.PostRole role) {
        this.role = role;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getEtp() {
        return etp;
    }

    public void setEtp(String etp) {
        this.etp = etp;
    }

    public String getRequestedEtp() {
        return requestedEtp;
    }

    public void setRequestedEtp(String requestedEtp) {
        this.requestedEtp = requestedEtp;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public UUID getEmployerId() {
        return employerId;
    }

    public void setEmployerId(UUID employerId) {
        this.employerId = employerId;
    }

    public String getCafShare() {
        return cafShare;
    }

    public void setCafShare(String cafShare) {
        this.cafShare = cafShare;
    }

    public String getTargetReference() {
        return targetReference;
    }

    public void setTargetReference(String targetReference) {
        this.targetReference = targetReference;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public PostData.PostStatus getStatus() {
        return status;
    }

    public void setStatus(PostData.PostStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
