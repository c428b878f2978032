package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.ConventionImportTemplate;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import org.springframework.http.ResponseEntity;

/** The template of the bulk import, as the page and the API offer it: its example names the user's organisation. */
final class ConventionImportDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ConventionImportDownloads() {}

    static ResponseEntity<byte[]> template(Directory directory) {
        String organisation = CurrentUser.optional()
                .map(PiloteUser::organisationId)
                .flatMap(directory::findOrganisation)
                .map(OrganisationView::name)
                .orElse("Caisse d'allocations familiales");
        return ResponseEntity.ok()
                .header("Content-Type", XLSX)
                .header("Content-Disposition", "attachment; filename=\"modele-import-conventions.xlsx\"")
                .body(ConventionImportTemplate.of(organisation));
    }
}
