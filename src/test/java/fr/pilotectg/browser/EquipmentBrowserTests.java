package fr.pilotectg.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.equipment.domain.GeoPoint;
import fr.pilotectg.equipment.domain.QpvLocator;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register in a real browser: Lille's register with totals and map, the commune page, an import dry run; axe on every page. */
@IntegrationTest
class EquipmentBrowserTests extends BrowserTest {

    @Test
    void lilleRegisterShowsTotalsTheMapAndTheDeclaredInventory() {
        Page page = signIn("lille");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Équipements").setExact(true))
                .click();
        page.waitForURL("**/equipements");
        page.navigate(browser.url("/equipements?communes=59350,59355,59298"));
        assertThat(page.locator("h1")).hasText("Registre des équipements et services");
        assertThat(page.locator("#territoire")).containsText("Lille");
        assertThat(page.locator("#territoire")).containsText("Lomme");
        assertThat(page.locator("#totaux-type")).containsText("EAJE multi-accueil");
        assertThat(page.locator("#totaux-type")).containsText("ALSH périscolaire");
        int total = Integer.parseInt(page.locator("#total-count").textContent().trim());
        assertThat(total).isEqualTo(262);
        assertThat(page.locator("#totaux-commune")).containsText("Hellemmes-Lille");
        assertThat(page.locator("#registre tbody tr").first()).isVisible();
        page.locator("#carte.map-ready").waitFor();
        assertThat(page.locator("#carte .leaflet-overlay-pane path").first()).isAttached();
        assertThat(Integer.parseInt(page.locator("#carte").getAttribute("data-qpvs")))
                .isGreaterThan(0);
        Browser.checkAccessibility(page, "equipment-01-register-llh");

        page.locator("#totaux-commune")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Lille")
                                .setExact(true))
                .click();
        page.waitForURL("**/equipements/communes/59350");
        assertThat(page.locator("#inventaire-declare")).containsText("EAJE municipaux");
        assertThat(page.locator("#inventaire-declare")).containsText("écoles élémentaires publiques");
        Browser.checkAccessibility(page, "equipment-02-commune-lille");

        page.navigate(browser.url("/equipements?communes=59298&type=RPE"));
        page.locator("#registre tbody tr a").first().click();
        assertThat(page.locator("h1")).containsText("RAM Association Les Premiers Pas");
        assertThat(page.locator("#historique-capacites")).containsText("1,86 actes");
        Browser.checkAccessibility(page, "equipment-03-detail");
    }

    @Test
    void anImportDryRunShowsTheBadLineInFrench() {
        String prefix = "Navigateur " + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Type;Nom;Adresse;Code postal;Commune;Capacité;Unité\n"
                + "Multi-accueil;" + prefix + " A;1 rue du Test;59280;59017;20;places\n"
                + "Ludothèque;" + prefix + " B;2 rue du Test;59280;99999;;\n"
                + "RAM;" + prefix + " C;3 rue du Test;59280;Armentières;1,5;actes\n";
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/equipements/imports"));
        Browser.checkAccessibility(page, "equipment-04-import-upload");
        page.setInputFiles("#file", new FilePayload("registre.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le fichier"))
                .click();
        assertThat(page.locator("#resume-fichier")).containsText("3 lignes de données");
        assertThat(page.locator("#column_NAME")).hasValue("1");
        assertThat(page.locator("#column_COMMUNE")).hasValue("4");
        Browser.checkAccessibility(page, "equipment-05-import-mapping");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Vérifier (simulation, rien n’est enregistré)"))
                .click();
        page.locator("#rapport-resume").waitFor();
        assertThat(page.locator("#rapport-resume")).containsText("1 refusées");
        assertThat(page.locator("#lignes"))
                .containsText("Commune inconnue : « 99999 » (indiquez le code INSEE ou le nom exact).");
        assertThat(page.locator("#lignes")).containsText("Avertissement");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("L’import est impossible");
        Browser.checkAccessibility(page, "equipment-06-import-report");
    }

    @Autowired
    QpvLocator qpvs;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A point (latitude, longitude) inside the QPV {@code code}, found on a grid over its bounding box. */
    private double[] pointIn(String code) {
        var box = jdbc.sql("SELECT lat_min, lat_max, lon_min, lon_max FROM territory.qpv WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();
        for (int i = 1; i < 40; i++) {
            for (int j = 1; j < 40; j++) {
                double lat = box[0] + (box[1] - box[0]) * i / 40;
                double lon = box[2] + (box[3] - box[2]) * j / 40;
                GeoPoint p = new GeoPoint(
                        java.math.BigDecimal.valueOf(lat).setScale(6, java.math.RoundingMode.HALF_UP),
                        java.math.BigDecimal.valueOf(lon).setScale(6, java.math.RoundingMode.HALF_UP));
                if (code.equals(qpvs.locate(p, "59").qpvCode()))
                    return new double[] {
                        p.latitude().doubleValue(), p.longitude().doubleValue()
                    };
            }
        }
        throw new AssertionError("no point found inside " + code);
    }

    @Test
    void anAgentCreatesALocatedEntryWhoseQpvIsComputed() {
        String name = "Multi-accueil formulaire " + UUID.randomUUID().toString().substring(0, 8);
        // In Roubaix, which has no demo entry (the Lille–Lomme–Hellemmes register stays at its 262 entries), at a point
        // of one of its QPV.
        String qpv = jdbc.sql("SELECT code FROM territory.qpv WHERE :c = ANY(communes) ORDER BY code LIMIT 1")
                .param("c", Fixtures.FREE_COMMUNE)
                .query(String.class)
                .single();
        double[] point = pointIn(qpv);
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/equipements/new?commune=" + Fixtures.FREE_COMMUNE));
        Browser.checkAccessibility(page, "equipment-07-form");
        page.getByLabel("Type").selectOption("EAJE_MULTI_ACCUEIL");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Adresses").fill("10 rue du Formulaire, 59100 Roubaix");
        page.getByLabel("Latitude").fill(String.format(java.util.Locale.FRANCE, "%.6f", point[0]));
        page.getByLabel("Longitude").fill(String.format(java.util.Locale.FRANCE, "%.6f", point[1]));
        page.getByLabel("Capacité initiale").fill("-3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("main")).containsText("La capacité ne peut pas être négative (-3).");
        Browser.checkAccessibility(page, "equipment-08-form-error");
        page.getByLabel("Capacité initiale").fill("24");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("#qpv")).containsText(qpv);
        assertThat(page.locator("#qpv")).containsText("calculé depuis les coordonnées");
        assertThat(page.locator("#historique-capacites")).containsText("24 places");

        // a close sent with a version read before someone else's change is refused above the page, nothing closed
        page.locator("form[action$='/close'] input[name=version]").evaluate("input => input.value = '99'");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Fermer l’équipement")
                                .setExact(true))
                .click();
        assertThat(page.locator("#refus")).containsText("Quelqu’un d’autre a modifié cet élément");
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("form[action$='/close']")).isVisible();
    }

    @Test
    void declaredCountsAreRevisedWithTheirSourceFromTheCommunePage() {
        // An inventory of the test's own in Roubaix (labels "LAEP" and "ludothèque"): Hellemmes's demo inventory is
        // only read.
        fr.pilotectg.equipment.DeclaredInventoryFixture.declare(
                jdbc,
                Fixtures.FREE_COMMUNE,
                Fixtures.unique("Préambule (test navigateur)"),
                java.time.LocalDate.of(2025, 1, 15),
                java.util.List.of(
                        new fr.pilotectg.equipment.DeclaredInventoryFixture.Line(
                                "LAEP", 1, java.util.List.of(fr.pilotectg.equipment.EquipmentType.LAEP), null),
                        new fr.pilotectg.equipment.DeclaredInventoryFixture.Line(
                                "ludothèque",
                                1,
                                java.util.List.of(fr.pilotectg.equipment.EquipmentType.LUDOTHEQUE),
                                null)));
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/equipements/communes/59298"));
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Modifier les nombres déclarés")
                                .setExact(true)))
                .isVisible();
        page.navigate(browser.url("/equipements/communes/" + Fixtures.FREE_COMMUNE));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Modifier les nombres déclarés")
                                .setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText("Inventaire déclaré — Roubaix");
        page.getByLabel("Nombre déclaré : LAEP", new Page.GetByLabelOptions().setExact(true))
                .fill("deux");
        page.getByLabel("Source : ludothèque", new Page.GetByLabelOptions().setExact(true))
                .fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’inventaire"))
                .click();
        assertThat(page.locator("#inventory-form")).containsText("« deux » n’est pas un nombre entier.");
        Browser.checkAccessibility(page, "equipment-20-inventory-refused");

        page.getByLabel("Nombre déclaré : LAEP", new Page.GetByLabelOptions().setExact(true))
                .fill("2");
        page.getByLabel("Source : LAEP", new Page.GetByLabelOptions().setExact(true))
                .fill("Recensement communal 2025 (test navigateur)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’inventaire"))
                .click();
        assertThat(page.locator("#inventory-form")).containsText("Indiquez la source du nombre déclaré.");
        page.getByLabel("Source : ludothèque", new Page.GetByLabelOptions().setExact(true))
                .fill("Préambule de la CTG");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’inventaire"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Inventaire déclaré enregistré (2 lignes modifiées).");
        assertThat(page.locator("#inventaire-declare")).containsText("Recensement communal 2025 (test navigateur)");
        Browser.checkAccessibility(page, "equipment-21-inventory-revised");
    }

    @Test
    void theGestionnaireIsChosenInTheDirectoryOrTypedFreely() {
        String name =
                "Multi-accueil gestionnaire " + UUID.randomUUID().toString().substring(0, 8);
        Page page = signIn("caf-nord");
        page.navigate(browser.url("/equipements/new?commune=" + Fixtures.FREE_COMMUNE));
        var choice = page.locator("#operatorOrganisationId option").nth(1);
        String option = choice.textContent().trim();
        String organisation = option.substring(0, option.lastIndexOf(" ("));
        String organisationId = choice.getAttribute("value");
        page.getByLabel("Type").selectOption("EAJE_MULTI_ACCUEIL");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Gestionnaire choisi dans l’annuaire").selectOption(organisationId);
        page.getByLabel("Catégorie du gestionnaire").selectOption("MUNICIPAL");
        page.getByLabel("Adresses").fill("12 rue du Gestionnaire, 59100 Roubaix");
        Browser.checkAccessibility(page, "equipment-22-form-directory");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("main")).containsText(organisation);
        assertThat(page.locator("main")).containsText("(Municipal)");

        page.navigate(page.url() + "/edit");
        assertThat(page.getByLabel("Gestionnaire choisi dans l’annuaire")).hasValue(organisationId);
        page.getByLabel("Gestionnaire choisi dans l’annuaire").selectOption("");
        page.getByLabel("Nom du gestionnaire").fill("Association Les Petits Pas (test navigateur)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("main")).containsText("Association Les Petits Pas (test navigateur)");
        assertThat(page.locator("main")).containsText("(Municipal)");
    }
}
