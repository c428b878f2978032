package fr.pilotectg.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNamesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lille|Commune de Lille",
                "Armentières|Commune d'Armentières",
                "Écaillon|Commune d'Écaillon",
                "Hellemmes|Commune d'Hellemmes",
                "Le Cateau-Cambrésis|Commune du Cateau-Cambrésis",
                "Les Rues-des-Vignes|Commune des Rues-des-Vignes",
                "La Madeleine|Commune de La Madeleine",
                "L'Abergement-Clémenciat|Commune de L'Abergement-Clémenciat",
                "Saint-Amand-les-Eaux|Commune de Saint-Amand-les-Eaux"
            })
    void aCommuneTakesItsArticle(String reference, String expected) {
        assertThat(OrganisationNames.ofCommune(reference)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CC du Pays Solesmois|Communauté de communes du Pays Solesmois",
                "CA Coeur d'Ostrevent|Communauté d'agglomération Coeur d'Ostrevent",
                "CU de Dunkerque|Communauté urbaine de Dunkerque",
                "Métropole Européenne de Lille|Métropole Européenne de Lille"
            })
    void anEpciKeepsItsReferenceNameWrittenOut(String reference, String expected) {
        assertThat(OrganisationNames.ofEpci(reference)).isEqualTo(expected);
    }
}
