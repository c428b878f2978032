package fr.pilotectg.governance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the user says of a chargé de coopération or chef de projet post. {@code commune} null for an intercommunal post.
 * {@code etp}: the post's full-time equivalent (several people may share a line with no named person, e.g. "2,5 ETP
 * enfance"; a named person holds at most 1). {@code requestedEtp}: a change asked for and under study.
 * {@code cafShare}: the share of its cost co-financed by the Caf, in percent. {@code targetReference} and
 * {@code targetDate}: the référentiel emploi-cible and the date by which it must be reached. {@code etp} and
 * {@code status} are null while unknown (issue 12: shown « non renseigné », never counted as 0).
 */
public record PostData(
        PostRole role,
        String commune,
        String theme,
        BigDecimal etp,
        BigDecimal requestedEtp,
        String person,
        String contact,
        UUID employerId,
        BigDecimal cafShare,
        String targetReference,
        LocalDate targetDate,
        PostStatus status,
        String note) {

    public enum PostRole {
        CHARGE_COOPERATION,
        CHEF_PROJET,
        REFERENT_COMMUNE
    }

    public enum PostStatus {
        FILLED,
        RECRUITING,
        VACANT
    }

    public PostData {
        commune = commune == null || commune.isBlank() ? null : commune.strip();
        theme = theme == null ? "" : theme.strip();
        person = person == null ? "" : person.strip();
        contact = contact == null ? "" : contact.strip();
        targetReference = targetReference == null ? "" : targetReference.strip();
        note = note == null ? "" : note.strip();
    }
}
