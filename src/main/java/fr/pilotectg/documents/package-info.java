/**
 * Documents: the convention generated from its data as a Word document (from the Caf's .docx template, poi-tl) and as
 * a PDF/A-2 (the same generated document rendered to XHTML, then openhtmltopdf), with its annexes (equipment,
 * governance, deliberations, action plan, indicators); every gap the register leaves shows as « [à compléter : …] » and
 * bars a final version; generated documents are kept with their template and convention versions. Reads the other
 * modules through their front doors only (ADR document-templates).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {
            "shared",
            "platform",
            "territory",
            "directory",
            "deliberation",
            "convention",
            "equipment",
            "actionplan",
            "governance",
            "evaluation",
            "financing"
        })
package fr.pilotectg.documents;
