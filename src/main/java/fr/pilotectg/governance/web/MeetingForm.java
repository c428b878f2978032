package fr.pilotectg.governance.web;

import fr.pilotectg.governance.domain.AgendaItem;
import fr.pilotectg.governance.domain.Attendance;
import fr.pilotectg.governance.domain.MeetingData;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form: agenda as chosen fiches plus free lines, attendance as "Nom ; statut ; représenté par" lines. */
public class MeetingForm {

    private Integer version;
    private UUID bodyId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private String place;
    private List<UUID> ficheIds = new ArrayList<>();
    private String otherItems;
    private String attendance;
    private String minutes;

    /** The form of a recorded meeting, to edit it: fiches chosen, other points and attendance as lines. */
    static MeetingForm of(MeetingData data, int version) {
        MeetingForm form = new MeetingForm();
        form.version = version;
        form.bodyId = data.bodyId();
        form.date = data.date();
        form.place = data.place();
        form.ficheIds = new ArrayList<>(data.agenda().stream()
                .map(AgendaItem::ficheId)
                .filter(java.util.Objects::nonNull)
                .toList());
        form.otherItems = String.join(
                "\n",
                data.agenda().stream()
                        .filter(a -> a.ficheId() == null)
                        .map(AgendaItem::label)
                        .toList());
        form.attendance = String.join(
                "\n", data.attendance().stream().map(MeetingForm::line).toList());
        form.minutes = data.minutes();
        return form;
    }

    private static String line(Attendance a) {
        String word = a.status() == null
                ? ""
                : switch (a.status()) {
                    case PRESENT -> "présent";
                    case EXCUSED -> "excusé";
                    case REPRESENTED -> "représenté";
                    case INVITED -> "invité";
                };
        return a.name() + " ; " + word + (a.representedBy().isEmpty() ? "" : " ; " + a.representedBy());
    }

    /**
     * The meeting as edited, keeping what the form does not show of {@code previous}: the kind and link of an agenda
     * point whose wording is unchanged, the organisation of a participant whose name is unchanged, the note.
     */
    MeetingData data(MeetingData previous) {
        MeetingData typed = data();
        List<AgendaItem> agenda = typed.agenda().stream()
                .map(item -> item.ficheId() != null
                        ? item
                        : previous.agenda().stream()
                                .filter(p -> p.ficheId() == null && p.label().equals(item.label()))
                                .findFirst()
                                .map(p -> new AgendaItem(p.kind(), item.label(), null, p.url()))
                                .orElse(item))
                .toList();
        List<Attendance> people = typed.attendance().stream()
                .map(a -> previous.attendance().stream()
                        .filter(p -> p.name().equals(a.name()) && p.organisationId() != null)
                        .findFirst()
                        .map(p -> new Attendance(a.name(), p.organisationId(), a.status(), a.representedBy()))
                        .orElse(a))
                .toList();
        return new MeetingData(
                typed.bodyId(), typed.date(), typed.place(), agenda, people, typed.minutes(), previous.note());
    }

    MeetingData data() {
        List<AgendaItem> agenda = new ArrayList<>();
        if (ficheIds != null)
            ficheIds.stream()
                    .filter(java.util.Objects::nonNull)
                    .forEach(f -> agenda.add(new AgendaItem(AgendaItem.AgendaKind.FICHE, "", f, null)));
        lines(otherItems).forEach(line -> agenda.add(new AgendaItem(AgendaItem.AgendaKind.OTHER, line, null, null)));
        List<Attendance> people = new ArrayList<>();
        for (String line : lines(attendance)) {
            String[] parts = line.split(";", 3);
            String name = parts[0].strip();
            Attendance.Status status = parts.length > 1 ? status(parts[1]) : Attendance.Status.PRESENT;
            people.add(new Attendance(name, null, status, parts.length > 2 ? parts[2].strip() : ""));
        }
        return new MeetingData(bodyId, date, place, agenda, people, minutes, "");
    }

    /** "présent", "excusée", "représenté", "invité" (accents and case ignored); anything else is not understood (null). */
    static Attendance.Status status(String word) {
        String w = Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (w.startsWith("present")) return Attendance.Status.PRESENT;
        if (w.startsWith("excuse")) return Attendance.Status.EXCUSED;
        if (w.startsWith("represente")) return Attendance.Status.REPRESENTED;
        if (w.startsWith("invite")) return Attendance.Status.INVITED;
        return null;
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public UUID getBodyId() {
        return bodyId;
    }

    public void setBodyId(UUID bodyId) {
        this.bodyId = bodyId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<UUID> getFicheIds() {
        return ficheIds;
    }

    public void setFicheIds(List<UUID> ficheIds) {
        this.ficheIds = ficheIds;
    }

    public String getOtherItems() {
        return otherItems;
    }

    public void setOtherItems(String otherItems) {
        this.otherItems = otherItems;
    }

    public String getAttendance() {
        return attendance;
    }

    public void setAttendance(String attendance) {
        this.attendance = attendance;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }
}
