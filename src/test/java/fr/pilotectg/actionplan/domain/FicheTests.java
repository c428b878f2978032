package fr.pilotectg.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fiche action on its own: the status workflow, the abandon reason, progress, and "late" against a fixed date. */
class FicheTests {

    private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private static FicheContent content(List<Milestone> milestones) {
        return new FicheContent(
                "Diagnostic partagé de territoire et pilotage de la CTG — Lille",
                "Habitants",
                "",
                "",
                List.of("1- Instances"),
                milestones,
                "",
                "",
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                "");
    }

    private static Fiche lille(List<Milestone> milestones) {
        return Fiche.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, content(milestones), 0);
    }

    private static final List<Milestone> LILLE_MILESTONES = List.of(
            Milestone.on(END_2022, "Construction du diagnostic global de territoire", false),
            Milestone.on(END_2022, "Mise en œuvre des actions du schéma de développement", true),
            Milestone.on(END_2024, "Evaluation et capitalisation du projet", false));

    @Test
    void onTheFirstOfJanuary2023TheLilleStepsDueEnd2022NotDoneAreLate() {
        Fiche fiche = lille(LILLE_MILESTONES);
        LocalDate newYear = LocalDate.of(2023, 1, 1);
        assertThat(fiche.isLate(newYear)).isTrue();
        assertThat(fiche.lateMilestones(newYear))
                .extracting(Milestone::label)
                .containsExactly("Construction du diagnostic global de territoire");
        assertThat(fiche.isLate(END_2022)).as("due today is not late yet").isFalse();
    }

    @Test
    void anEcheanceKnownByItsYearOrMonthIsLateOnlyAfterItsLastDay() {
        Milestone year = new Milestone(PartialDate.ofYear(2024), "Bilan", false);
        Milestone month = new Milestone(PartialDate.ofMonth(2024, 6), "Recensement", false);
        assertThat(year.lateOn(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(year.lateOn(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(month.lateOn(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(month.lateOn(LocalDate.of(2024, 7, 1))).isTrue();
        assertThat(month.dueBy()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(new Milestone(null, "Sans date", false).lateOn(LocalDate.of(2030, 1, 1)))
                .isFalse();
    }

    @Test
    void aDoneOrAbandonedFicheIsNeverLate() {
        Fiche fiche = lille(LILLE_MILESTONES);
        fiche.changeStatus(FicheStatus.PRESENTED, null);
        fiche.changeStatus(FicheStatus.VALIDATED, null);
        fiche.changeStatus(FicheStatus.IN_PROGRESS, null);
        assertThat(fiche.isLate(LocalDate.of(2025, 1, 1))).isTrue();
        fiche.changeStatus(FicheStatus.DONE, null);
        assertThat(fiche.progress()).isEqualTo(100);
        assertThat(fiche.isLate(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void theWorkflowGoesStepByStep() {
        Fiche fiche = lille(List.of());
        assertThatThrownBy(() -> fiche.changeStatus(FicheStatus.IN_PROGRESS, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("FICHE_TRANSITION_NOT_ALLOWED");
        fiche.changeStatus(FicheStatus.PRESENTED, null);
        fiche.changeStatus(FicheStatus.DRAFT, null);
        fiche.changeStatus(FicheStatus.PRESENTED, null);
        fiche.changeStatus(FicheStatus.VALIDATED, null);
        assertThat(fiche.status()).isEqualTo(FicheStatus.VALIDATED);
    }

    @Test
    void abandoningTakesAReasonAndClosesTheFiche() {
        Fiche fiche = lille(LILLE_MILESTONES);
        assertThatThrownBy(() -> fiche.changeStatus(FicheStatus.ABANDONED, "  "))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fields())
                        .extracting(f -> f.field() + ":" + f.code())
                        .containsExactly("reason:FICHE_ABANDON_REASON_REQUIRED"));
        fiche.changeStatus(FicheStatus.ABANDONED, "Projet repris par la métropole");
        assertThat(fiche.abandonReason()).isEqualTo("Projet repris par la métropole");
        assertThat(fiche.status().next()).isEmpty();
        assertThat(fiche.isLate(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void badValuesAreRefusedFieldByField() {
        FicheContent bad = new FicheContent(
                " ",
                "",
                "",
                "",
                List.of(),
                List.of(new Milestone(null, "", false)),
                "",
                "",
                List.of(new PartnerRef(null, "")),
                List.of(),
                null,
                List.of(),
                new BigDecimal("-1"),
                List.of(new Funding("", new BigDecimal("10.555"))),
                List.of(),
                List.of(new Attachment("Compte rendu", "ftp://x")),
                "");
        assertThatThrownBy(() -> Fiche.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, bad, 101))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fields())
                        .extracting(f -> f.field() + ":" + f.code())
                        .containsExactly(
                                "title:FICHE_TITLE_REQUIRED",
                                "progress:FICHE_PROGRESS_INVALID",
                                "milestones[0].dueOn:FICHE_MILESTONE_DATE_REQUIRED",
                                "milestones[0].label:FICHE_MILESTONE_LABEL_REQUIRED",
                                "partners[0].name:FICHE_PARTNER_NAME_REQUIRED",
                                "fundings[0].funder:FICHE_FUNDER_REQUIRED",
                                "attachments[0].url:FICHE_ATTACHMENT_INVALID",
                                "budget:AMOUNT_OUT_OF_RANGE",
                                "fundings[0].amount:AMOUNT_TOO_PRECISE"));
    }

    @Test
    void everyErrorCodeHasAFrenchMessage() throws Exception {
        var messages = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages/actionplan.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(ActionPlanErrors.ALL).allSatisfy(code -> assertThat(messages).containsKey("error." + code));
        for (FicheStatus s : FicheStatus.values()) assertThat(messages).containsKey(s.messageKey());
        assertThat(messages.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
    }

    @Test
    void noMessageKeyOfTheModuleIsAlsoDefinedByAnotherModule() throws Exception {
        var mine = load("/messages/actionplan.properties").stringPropertyNames();
        var folder = java.nio.file.Paths.get(getClass()
                        .getResource("/messages/actionplan.properties")
                        .toURI())
                .getParent();
        try (var files = java.nio.file.Files.list(folder)) {
            for (var file : files.filter(
                            f -> f.toString().endsWith(".properties") && !f.endsWith("actionplan.properties"))
                    .toList()) {
                var other = load("/messages/" + file.getFileName()).stringPropertyNames();
                assertThat(mine).as("keys also in " + file.getFileName()).doesNotContainAnyElementsOf(other);
            }
        }
    }

    private java.util.Properties load(String resource) throws java.io.IOException {
        var messages = new java.util.Properties();
        try (var in = getClass().getResourceAsStream(resource)) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return messages;
    }
}
