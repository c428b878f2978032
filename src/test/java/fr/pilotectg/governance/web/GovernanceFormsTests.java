package fr.pilotectg.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.governance.domain.AgendaItem;
import fr.pilotectg.governance.domain.Attendance;
import fr.pilotectg.governance.domain.BodyData;
import fr.pilotectg.governance.domain.BodyKind;
import fr.pilotectg.governance.domain.FrequencyRule;
import fr.pilotectg.governance.domain.Institution;
import fr.pilotectg.governance.domain.MeetingData;
import fr.pilotectg.governance.domain.Member;
import fr.pilotectg.governance.domain.PostData;
import fr.pilotectg.governance.domain.Seat;
import fr.pilotectg.governance.domain.Voice;
import fr.pilotectg.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The governance forms give back what they were filled from, and read what a French user types. */
class GovernanceFormsTests {

    static final UUID ORG = UUID.fromString("6c1f0f1e-0000-4c71-8a11-000000000001");

    @Test
    void aBodyGoesThroughItsFormUnchanged() {
        BodyData data = new BodyData(
                BodyKind.COTECH,
                "COTECH",
                "59017",
                "DGS",
                "Chef de projet",
                "Caf",
                List.of("Préparer", "Suivre"),
                List.of(
                        new Seat(Institution.CAF, "Conseillère", 2, Voice.DELIBERATIVE),
                        new Seat(Institution.ETAT, "Sous-préfet", null, Voice.CONSULTATIVE)),
                List.of(new Member("Mme A", ORG, Institution.CAF, "CTL", Voice.CONSULTATIVE)),
                FrequencyRule.inMonths("En mai et novembre", 5, 11),
                true,
                "note");
        assertThat(BodyForm.of(data, 3).data()).isEqualTo(data);
        assertThat(BodyForm.of(data, 3).getVersion()).isEqualTo(3);
    }

    @Test
    void blankRowsAreDroppedAndRowsAreAddedOrRemovedByTheirButtons() {
        BodyForm form = BodyForm.blank();
        form.edit("seat", null);
        form.edit("member", null);
        form.getSeats().get(1).setInstitution(Institution.CAF);
        assertThat(form.getSeats()).hasSize(2);
        form.edit(null, "seat:5");
        form.edit(null, "seat:x");
        assertThat(form.getSeats()).hasSize(2);
        form.compact();
        assertThat(form.getSeats()).extracting(BodyForm.SeatRow::getInstitution).containsExactly(Institution.CAF);
        assertThat(form.getMembers()).isEmpty();
        form.edit(null, "seat:0");
        assertThat(form.data().seats()).isEmpty();
    }

    @Test
    void theFrequencyWordingIsWrittenWhenLeftBlankAndMonthsWinOverANumberAYear() {
        BodyForm.Frequency f = new BodyForm.Frequency();
        f.setPerYear(2);
        assertThat(f.rule()).isEqualTo(FrequencyRule.perYear(2, "2 fois par an"));
        f.setMonths(List.of(11, 5));
        assertThat(f.rule()).isEqualTo(FrequencyRule.inMonths("Chaque année en mai et novembre", 5, 11));
        f.setText("Deux fois par an, en mai et novembre");
        assertThat(f.rule().text()).isEqualTo("Deux fois par an, en mai et novembre");
        assertThat(new BodyForm.Frequency().rule().noRule()).isTrue();
    }

    @Test
    void aPostReadsFrenchNumbersAndRefusesWhatIsNotANumberNextToTheField() {
        PostData data = new PostData(
                PostData.PostRole.CHEF_PROJET,
                null,
                "Enfance",
                new BigDecimal("0.5"),
                new BigDecimal("0.70"),
                "Mme B",
                "",
                ORG,
                new BigDecimal("50"),
                "Référentiel 2023",
                LocalDate.of(2024, 12, 31),
                PostData.PostStatus.RECRUITING,
                "");
        PostForm form = PostForm.of(data, 1);
        assertThat(form.getEtp()).isEqualTo("0,5");
        assertThat(form.getRequestedEtp()).isEqualTo("0,7");
        PostData back = form.data();
        assertThat(back.etp()).isEqualByComparingTo("0.5");
        assertThat(back.requestedEtp()).isEqualByComparingTo("0.7");
        assertThat(back.cafShare()).isEqualByComparingTo("50");
        assertThat(back.status()).isEqualTo(PostData.PostStatus.RECRUITING);
        form.setCafShare("40 %");
        assertThat(form.data().cafShare()).isEqualByComparingTo("40");
        form.setEtp("un demi");
        assertThatThrownBy(form::data)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("etp")));
    }

    @Test
    void aMeetingEditedKeepsWhatTheFormDoesNotShow() {
        UUID body = UUID.randomUUID();
        UUID fiche = UUID.randomUUID();
        MeetingData before = new MeetingData(
                body,
                LocalDate.of(2023, 6, 20),
                "Salle",
                List.of(
                        new AgendaItem(null, "", fiche, null),
                        new AgendaItem(
                                AgendaItem.AgendaKind.ANNUAL_REVIEW, "Bilan 2022", null, "https://exemple.fr/bilan")),
                List.of(
                        new Attendance("Mme Caf", ORG, Attendance.Status.PRESENT, ""),
                        new Attendance("M. Élu", null, Attendance.Status.REPRESENTED, "Mme Adjointe")),
                "CR",
                "Démonstration");
        MeetingForm form = MeetingForm.of(before, 4);
        assertThat(form.getAttendance()).isEqualTo("Mme Caf ; présent\nM. Élu ; représenté ; Mme Adjointe");
        assertThat(form.getOtherItems()).isEqualTo("Bilan 2022");
        assertThat(form.data(before)).isEqualTo(before);
        form.setOtherItems("Bilan 2022\nDivers");
        assertThat(form.data(before).agenda())
                .extracting(AgendaItem::kind)
                .containsExactly(
                        AgendaItem.AgendaKind.FICHE, AgendaItem.AgendaKind.ANNUAL_REVIEW, AgendaItem.AgendaKind.OTHER);
    }
}
