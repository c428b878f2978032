package fr.pilotectg.documents.domain.other;

import fr.pilotectg.documents.domain.FrenchText;
import fr.pilotectg.governance.MeetingMinutes;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The minutes of a governance meeting as a Word document (then PDF): the body, date and place, attendance (names in the
 * French order, how each attended), agenda, decisions (with the fiche whose status changed) and the minutes as
 * written; « non renseigné » for what nobody recorded.
 */
@Component
class MinutesDocument {

    private final MessageSource messages;

    MinutesDocument(MessageSource messages) {
        this.messages = messages;
    }

    String title(MeetingMinutes m) {
        return msg(
                "otherdocs.minutes.title",
                m.bodyName(),
                m.date() == null ? msg("otherdocs.unknown") : FrenchText.date(m.date()));
    }

    byte[] docx(String conventionTitle, MeetingMinutes m) {
        try (var doc = new WordDocument()) {
            doc.title(msg("otherdocs.minutes.heading"));
            doc.centered(m.bodyName() + " (" + msg("governance.kind." + m.bodyKind()) + ")");
            doc.centered(conventionTitle);
            doc.centered(msg(
                    "otherdocs.minutes.when",
                    m.date() == null ? unknown() : FrenchText.date(m.date()),
                    m.place().isBlank() ? unknown() : m.place()));

            doc.heading(msg("otherdocs.minutes.attendance"));
            if (m.attendance().isEmpty()) doc.paragraph(unknown());
            else
                doc.table(
                        List.of(
                                msg("otherdocs.col.name"),
                                msg("otherdocs.col.organisation"),
                                msg("otherdocs.col.presence")),
                        m.attendance().stream()
                                .map(a -> List.of(
                                        a.name(),
                                        a.organisation(),
                                        msg("governance.attendance." + a.status())
                                                + (a.representedBy().isBlank()
                                                        ? ""
                                                        : " ("
                                                                + msg(
                                                                        "governance.attendance.representedBy",
                                                                        a.representedBy())
                                                                + ")")))
                                .toList());

            doc.heading(msg("otherdocs.minutes.agenda"));
            if (m.agenda().isEmpty()) doc.paragraph(unknown());
            else doc.bullets(m.agenda());

            doc.heading(msg("otherdocs.minutes.decisions"));
            if (m.decisions().isEmpty()) doc.paragraph(msg("otherdocs.minutes.noDecision"));
            else
                doc.table(
                        List.of(msg("otherdocs.col.number"), msg("otherdocs.col.decision"), msg("otherdocs.col.fiche")),
                        m.decisions().stream()
                                .map(d -> List.of(
                                        String.valueOf(d.number()),
                                        d.text()
                                                + (d.reason() == null
                                                                || d.reason().isBlank()
                                                        ? ""
                                                        : " — " + d.reason()),
                                        d.ficheTitle() == null
                                                ? ""
                                                : d.ficheTitle()
                                                        + (d.ficheStatus() == null
                                                                ? ""
                                                                : " → " + msg("actionplan.status." + d.ficheStatus()))))
                                .toList());

            doc.heading(msg("otherdocs.minutes.minutes"));
            doc.paragraph(m.minutes().isBlank() ? unknown() : m.minutes());
            if (!m.note().isBlank())
                doc.subheading(msg("otherdocs.minutes.note")).paragraph(m.note());
            return doc.bytes();
        }
    }

    private String unknown() {
        return msg("otherdocs.unknown");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
