package fr.pilotectg.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.shared.FrenchNumbers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The French words and headers an import understands. */
class ImportVocabularyTests {

    private final ImportVocabulary words;

    ImportVocabularyTests() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/equipment");
        messages.setDefaultEncoding("UTF-8");
        words = new ImportVocabulary(messages);
    }

    @Test
    void typesAsTheAnnexesPrintThem() {
        assertThat(words.type("Multi-accueil")).contains(EquipmentType.EAJE_MULTI_ACCUEIL);
        assertThat(words.type("MAC")).contains(EquipmentType.EAJE_MULTI_ACCUEIL);
        assertThat(words.type("Halte-Garderie")).contains(EquipmentType.EAJE_HALTE_GARDERIE);
        assertThat(words.type("RAMI")).contains(EquipmentType.RPE);
        assertThat(words.type("RPE (RAM)")).contains(EquipmentType.RPE);
        assertThat(words.type("ALSH Péri")).contains(EquipmentType.ALSH_PERI);
        assertThat(words.type("LUDOTHEQUE")).contains(EquipmentType.LUDOTHEQUE);
        assertThat(words.type("Crèche d’entreprise")).contains(EquipmentType.CRECHE_ENTREPRISE);
        assertThat(words.type("piscine")).isEmpty();
        for (EquipmentType type : EquipmentType.values())
            assertThat(words.type(words.label(type))).contains(type);
    }

    @Test
    void categoriesUnitsBooleansNumbersAndDates() {
        assertThat(words.category("Associatif")).contains(OperatorCategory.ASSOCIATIF);
        assertThat(words.category("municipaux")).contains(OperatorCategory.MUNICIPAL);
        assertThat(words.category("Privé")).contains(OperatorCategory.PRIVE);
        assertThat(words.unit("Actes")).contains(CapacityUnit.ACTES);
        assertThat(words.unit("etp")).contains(CapacityUnit.ETP);
        assertThat(words.bool("Oui")).contains(true);
        assertThat(words.bool("x")).contains(true);
        assertThat(words.bool("peut-être")).isEmpty();
        // the importer reads numbers with the shared FrenchNumbers
        assertThat(FrenchNumbers.parse("1 234,5"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1234.5"));
        assertThat(FrenchNumbers.parse("douze")).isEmpty();
        assertThat(ImportVocabulary.date("31/12/2024")).contains(LocalDate.of(2024, 12, 31));
        assertThat(ImportVocabulary.date("2024-02-30")).isEmpty();
        assertThat(ImportVocabulary.date("31/02/2024")).isEmpty();
    }

    @Test
    void columnsAreGuessedFromFrenchHeaders() {
        ColumnMapping mapping = ColumnMapping.guess(List.of(
                "TYPE DE STRUCTURE",
                "Nom de la structure",
                "Code INSEE",
                "Capacité (places)",
                "Adresse",
                "Catégorie",
                "Colonne inutile"));
        assertThat(mapping.column(ImportField.TYPE)).isEqualTo(0);
        assertThat(mapping.column(ImportField.NAME)).isEqualTo(1);
        assertThat(mapping.column(ImportField.COMMUNE)).isEqualTo(2);
        assertThat(mapping.column(ImportField.CAPACITY)).isEqualTo(3);
        assertThat(mapping.column(ImportField.ADDRESS)).isEqualTo(4);
        assertThat(mapping.column(ImportField.OPERATOR_CATEGORY)).isEqualTo(5);
        assertThat(mapping.missing()).isEmpty();
        assertThat(ColumnMapping.guess(List.of("Nom")).missing())
                .containsExactly(ImportField.TYPE, ImportField.COMMUNE);
    }
}
