package fr.pilotectg.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.documents.domain.FrenchText.Gender;
import fr.pilotectg.documents.domain.FrenchText.Representative;
import fr.pilotectg.shared.Euros;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchTextTests {

    @Test
    void partiesTakeTheirArticleAndElision() {
        assertThat(FrenchText.partyWithArticle("Ville de Lille", "COMMUNE")).isEqualTo("la Ville de Lille");
        assertThat(FrenchText.partyWithArticle("Armentières", "COMMUNE")).isEqualTo("la Commune d'Armentières");
        assertThat(FrenchText.partyWithArticle("Lens", "COMMUNE")).isEqualTo("la Commune de Lens");
        assertThat(FrenchText.partyWithArticle("SIVOM du Val de Lys", "EPCI")).isEqualTo("le SIVOM du Val de Lys");
        assertThat(FrenchText.partyWithArticle("État", "ETAT")).isEqualTo("l'État");
        assertThat(FrenchText.partyWithArticle("MSA", "MSA")).isEqualTo("la MSA");
        assertThat(FrenchText.partyWithArticle("Département du Nord", "DEPARTEMENT"))
                .isEqualTo("le Département du Nord");
        assertThat(FrenchText.of("Hellemmes")).isEqualTo("d'Hellemmes");
        assertThat(FrenchText.of("Lomme")).isEqualTo("de Lomme");
        assertThat(FrenchText.of("Le Touquet-Paris-Plage")).isEqualTo("du Touquet-Paris-Plage");
        assertThat(FrenchText.of("Les Mureaux")).isEqualTo("des Mureaux");
        assertThat(FrenchText.of("La Madeleine")).isEqualTo("de La Madeleine");
    }

    @Test
    void representedByAgreesWithThePartyAndItsRepresentatives() {
        assertThat(FrenchText.representedBy(Gender.MASCULINE, List.of(new Representative("Anne DUPONT", "Présidente"))))
                .isEqualTo("représenté par sa Présidente, Madame Anne DUPONT, dûment autorisée à signer la présente"
                        + " convention");
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE, List.of(new Representative("Claire MARTIN", "Première adjointe"))))
                .startsWith("représentée par sa Première adjointe, Madame Claire MARTIN, dûment autorisée");
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE,
                        List.of(
                                new Representative("Véronique DELCOURT", "Présidente du conseil d'administration"),
                                new Representative("Luc GRARD", "Directeur général"))))
                .isEqualTo("représentée par sa Présidente du conseil d'administration, Madame Véronique DELCOURT,"
                        + " et par son Directeur général, Monsieur Luc GRARD, dûment autorisés à signer la présente"
                        + " convention");
        // « Maire » tells no gender: no civility is invented
        assertThat(FrenchText.representedBy(Gender.FEMININE, List.of(new Representative("Martine AUBRY", "Maire"))))
                .isEqualTo("représentée par son Maire, Martine AUBRY, dûment autorisé à signer la présente convention");
        assertThat(FrenchText.possessive("adjointe au maire")).isEqualTo("son adjointe au maire");
    }

    @Test
    void theRecordedCivilityDecidesTheAgreementWhateverThePartyGender() {
        // Madame × masculine party: « représenté » agrees with the party, « autorisée » with her
        assertThat(FrenchText.representedBy(
                        Gender.MASCULINE, List.of(new Representative("MADAME", "Anne DUPONT", "Présidente"))))
                .isEqualTo("représenté par sa Présidente, Madame Anne DUPONT, dûment autorisée à signer la présente"
                        + " convention");
        // Madame × feminine party, a title that tells no gender: the civility does
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE, List.of(new Representative("MADAME", "Martine AUBRY", "Maire"))))
                .isEqualTo("représentée par son Maire, Madame Martine AUBRY, dûment autorisée à signer la présente"
                        + " convention");
        // Monsieur × feminine party, an ordinal title
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE, List.of(new Representative("MONSIEUR", "Jean MARTIN", "1er vice-Président"))))
                .isEqualTo("représentée par son 1er vice-Président, Monsieur Jean MARTIN, dûment autorisé à signer la"
                        + " présente convention");
        // Monsieur × masculine party
        assertThat(FrenchText.representedBy(
                        Gender.MASCULINE, List.of(new Representative("MONSIEUR", "Paul RIVE", "Président"))))
                .isEqualTo("représenté par son Président, Monsieur Paul RIVE, dûment autorisé à signer la présente"
                        + " convention");
        // unknown civility × masculine party: the title tells (« Première adjointe »), or nothing is invented
        assertThat(FrenchText.representedBy(
                        Gender.MASCULINE,
                        List.of(new Representative(null, "Marie LEROY", "Première adjointe au Maire"))))
                .isEqualTo("représenté par sa Première adjointe au Maire, Madame Marie LEROY, dûment autorisée à"
                        + " signer la présente convention");
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE, List.of(new Representative(null, "Camille PETIT", "Maire"))))
                .isEqualTo("représentée par son Maire, Camille PETIT, dûment autorisé à signer la présente"
                        + " convention");
        // a woman and a man: masculine plural
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE,
                        List.of(
                                new Representative("MADAME", "Anne DUPONT", "Maire"),
                                new Representative("MONSIEUR", "Luc GRARD", "Directeur"))))
                .endsWith("dûment autorisés à signer la présente convention");
        // a party named in the plural, represented by « Les maires »
        assertThat(FrenchText.representedBy(
                        Gender.FEMININE, true, List.of(new Representative(null, null, "Les maires"))))
                .isEqualTo("représentées par leurs maires, dûment autorisés à signer la présente convention");
    }

    @Test
    void titlesOrdinalsAndNewKindsTellTheirGender() {
        assertThat(FrenchText.genderOfTitle("1er vice-Président")).isEqualTo(Gender.MASCULINE);
        assertThat(FrenchText.genderOfTitle("1re vice-Présidente")).isEqualTo(Gender.FEMININE);
        assertThat(FrenchText.genderOfTitle("2e adjointe")).isEqualTo(Gender.FEMININE);
        assertThat(FrenchText.genderOfTitle("Maire")).isEqualTo(Gender.UNKNOWN);
        assertThat(FrenchText.genderOf("MONSIEUR", "Présidente")).isEqualTo(Gender.MASCULINE);
        assertThat(FrenchText.partyWithArticle("SIVOM du Val de Lys", "SYNDICAT"))
                .isEqualTo("le SIVOM du Val de Lys");
        assertThat(FrenchText.partyWithArticle("Intercom Flandre", "SYNDICAT")).isEqualTo("l'Intercom Flandre");
        assertThat(FrenchText.partyWithArticle("Région Hauts-de-France", "REGION"))
                .isEqualTo("la Région Hauts-de-France");
        assertThat(FrenchText.partyWithArticle("CCAS de Roubaix", "CCAS_CIAS")).isEqualTo("le CCAS de Roubaix");
        assertThat(FrenchText.partyWithArticle("Les communes membres de la Communauté", "COMMUNE"))
                .isEqualTo("les communes membres de la Communauté");
        assertThat(FrenchText.of("le SIVOM du Val")).isEqualTo("du SIVOM du Val");
        assertThat(FrenchText.possessive("Le Maire")).isEqualTo("son Maire");
        assertThat(FrenchText.pluralOf("conseil municipal")).isEqualTo("conseils municipaux");
        assertThat(FrenchText.pluralOf("comité syndical")).isEqualTo("comités syndicaux");
        assertThat(FrenchText.participle("dénommé", Gender.FEMININE, true)).isEqualTo("dénommées");
    }

    @Test
    void datesAmountsAndOrderAreFrench() {
        assertThat(FrenchText.date(LocalDate.of(2022, 1, 20))).isEqualTo("20 janvier 2022");
        assertThat(FrenchText.date(LocalDate.of(2021, 7, 1))).isEqualTo("1er juillet 2021");
        assertThat(FrenchText.date(LocalDate.of(2023, 8, 15))).isEqualTo("15 août 2023");
        assertThat(FrenchText.amount(Euros.of("618000"))).isEqualTo("618\u00a0000\u00a0€");
        assertThat(FrenchText.amount(Euros.of("1428395.63"))).isEqualTo("1\u00a0428\u00a0395,63\u00a0€");
        assertThat(FrenchText.sorted(List.of("Wattrelos", "Écully", "Armentières", "Eu", "Lille"), s -> s))
                .containsExactly("Armentières", "Écully", "Eu", "Lille", "Wattrelos");
    }
}
