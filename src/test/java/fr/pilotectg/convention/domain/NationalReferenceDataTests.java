package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.domain.NationalReferenceData.CafMission;
import fr.pilotectg.convention.domain.NationalReferenceData.Enjeu;
import fr.pilotectg.convention.domain.NationalReferenceData.StandardDomain;
import org.junit.jupiter.api.Test;

class NationalReferenceDataTests {

    @Test
    void listsTheTenStandardDomainsInTheCafOrder() {
        assertThat(NationalReferenceData.DOMAINS)
                .extracting(d -> d.code().value())
                .containsExactly(
                        "PETITE_ENFANCE",
                        "ENFANCE",
                        "JEUNESSE",
                        "PARENTALITE",
                        "ACCES_AUX_DROITS_ET_SERVICES",
                        "INCLUSION_NUMERIQUE",
                        "ANIMATION_VIE_SOCIALE",
                        "LOGEMENT",
                        "HANDICAP",
                        "ACCOMPAGNEMENT_SOCIAL");
        assertThat(NationalReferenceData.DOMAINS)
                .extracting(StandardDomain::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(NationalReferenceData.standardDomain(DomainCode.ACCES_AUX_DROITS_ET_SERVICES))
                .map(StandardDomain::label)
                .contains("Accès aux droits et aux services");
    }

    @Test
    void listsTheFourMissionsWithTheirEnjeux() {
        assertThat(NationalReferenceData.CAF_MISSIONS)
                .extracting(CafMission::code)
                .containsExactly("M1", "M2", "M3", "M4");
        assertThat(NationalReferenceData.CAF_MISSIONS)
                .extracting(m -> m.enjeux().size())
                .containsExactly(2, 3, 2, 3);
        assertThat(NationalReferenceData.mission("M1"))
                .map(CafMission::label)
                .contains("Aider les familles à concilier vie familiale, vie professionnelle et vie sociale");
        assertThat(NationalReferenceData.mission("M4"))
                .map(CafMission::label)
                .contains("Créer les conditions favorables à l'autonomie, à l'insertion sociale et professionnelle");
        assertThat(NationalReferenceData.mission("M5")).isEmpty();
    }

    @Test
    void keepsTheEnjeuxAsPrinted() {
        assertThat(NationalReferenceData.enjeu("E1"))
                .map(Enjeu::label)
                .contains("Poursuivre la structuration d'une offre diversifiée en direction de la petite enfance");
        assertThat(NationalReferenceData.enjeu("E6"))
                .map(Enjeu::label)
                .contains("Favoriser, pour les familles, des conditions de logement et un cadre de vie de qualité");
        assertThat(NationalReferenceData.enjeu("E7")).hasValueSatisfying(e -> {
            assertThat(e.label()).isEqualTo("Faciliter l'intégration des familles dans la vie collective et citoyenne");
            assertThat(e.otherWordings())
                    .containsExactly("Faciliter l'intégration des usagers dans la vie collective et citoyenne");
        });
        assertThat(NationalReferenceData.enjeu("E10"))
                .map(Enjeu::label)
                .contains(
                        "Accompagner le parcours d'insertion et le retour (et maintien) dans l'emploi des personnes et des familles "
                                + "en situation de pauvreté");
        assertThat(NationalReferenceData.missionOf("E5")).map(CafMission::code).contains("M2");
        assertThat(NationalReferenceData.missionOf("E8")).map(CafMission::code).contains("M4");
    }

    @Test
    void retainsEveryMissionAndEnjeuAsTheSeedsDo() {
        assertThat(NationalReferenceData.allMissionsWithAllEnjeux())
                .flatExtracting(RetainedMission::enjeuCodes)
                .hasSize(10)
                .doesNotHaveDuplicates();
    }
}
