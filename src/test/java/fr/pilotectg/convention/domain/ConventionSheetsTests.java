package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.platform.Tabular;
import fr.pilotectg.shared.DatePrecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The workbook of the bulk import read into terms: rows tied by reference, precision kept, nothing invented. */
class ConventionSheetsTests {

    private static Tabular table(String name, List<String> headers, String[]... rows) {
        var list = new ArrayList<Tabular.Row>();
        for (int i = 0; i < rows.length; i++) list.add(new Tabular.Row(i + 2, rows[i]));
        return new Tabular(name, headers, list);
    }

    private static Map<String, Tabular> book(String[][] conventions, String[][] signatories) {
        var sheets = new LinkedHashMap<String, Tabular>();
        sheets.put("Conventions", table("Conventions", ConventionSheets.CONVENTION_HEADERS, conventions));
        sheets.put("Signataires", table("Signataires", ConventionSheets.SIGNATORY_HEADERS, signatories));
        sheets.put("Territoire", table("Territoire", ConventionSheets.TERRITORY_HEADERS));
        sheets.put("Thèmes", table("Thèmes", ConventionSheets.THEME_HEADERS));
        sheets.put("Axes", table("Axes", ConventionSheets.AXIS_HEADERS));
        sheets.put("Fiches", table("Fiches", ConventionSheets.FICHE_HEADERS));
        return sheets;
    }

    private static ConventionSheets.Read read(Map<String, Tabular> sheets) {
        return ConventionSheets.read(
                sheets, name -> Optional.empty(), Map.of("caf", PartyKind.CAF, "commune", PartyKind.COMMUNE));
    }

    @Test
    void aRowWithoutPartyAddsARepresentativeToThePartyAboveAndDatesKeepTheirPrecision() {
        var read = read(book(
                new String[][] {{"R1", "CTG 2023-2027", "2023", "2027", null, null, null, null, null, null}},
                new String[][] {
                    {"R1", "Caf", null, "Caf du Nord", null, null, null, "Madame", null, "1ère vice-Présidente"},
                    {"R1", null, null, null, null, null, null, "Monsieur", null, "Directeur"},
                    {
                        "R1",
                        "Commune",
                        null,
                        "Commune de Merville",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Délibération du conseil municipal",
                        "03/2023",
                        null
                    }
                }));
        assertThat(read.orphans()).isEmpty();
        var imported = read.conventions().get(0);
        assertThat(imported.problems()).isEmpty();
        TermsData data = imported.data();
        assertThat(data.start().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(data.signatories()).hasSize(2);
        assertThat(data.signatories().get(0).representatives())
                .extracting(TermsData.RepresentativeData::title)
                .containsExactly("1ère vice-Présidente", "Directeur");
        assertThat(data.signatories().get(0).representatives().get(1).name())
                .as("an unknown name stays unknown")
                .isNull();
        var act = data.signatories().get(1).authorisations().get(0);
        assertThat(act.adoptedOn().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(act.reference()).isNull();
        assertThat(imported.signedOn()).as("no signature date: a draft").isNull();
        assertThat(imported.cellOf("signatories[1].authorisations[0].adoptedOn"))
                .isEqualTo(new ConventionSheets.Cell("Signataires", 4, "Date de la délibération"));
    }

    @Test
    void badCellsAreReportedWhereTheyWereTyped() {
        var read = read(book(
                new String[][] {{"R1", "CTG", "2023", "2027", "2023", null, "peut-être", "trente"}},
                new String[][] {{"R2", "Caf"}, {"R1", "Mairie"}}));
        assertThat(read.orphans())
                .extracting(p -> p.problem().code())
                .containsExactly(ConventionImportErrors.REFERENCE_UNKNOWN);
        assertThat(read.conventions().get(0).problems())
                .extracting(p -> p.cell().column() + " " + p.problem().code())
                .containsExactly(
                        "Signée le " + ConventionImportErrors.SIGNED_ON_INVALID,
                        "Territoire incomplet " + ConventionImportErrors.YES_NO_INVALID,
                        "Nombre de communes déclaré " + ConventionImportErrors.NUMBER_INVALID,
                        "Type " + ConventionImportErrors.KIND_UNKNOWN);
    }

    @Test
    void aMissingSheetIsNamed() {
        var sheets = book(new String[][] {}, new String[][] {});
        sheets.remove("Thèmes");
        assertThat(read(sheets).orphans())
                .extracting(p -> p.problem().code() + " " + p.problem().args())
                .containsExactly(ConventionImportErrors.SHEET_MISSING + " [Thèmes]");
    }
}
