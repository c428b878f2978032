package fr.pilotectg.documents.domain;

import fr.pilotectg.shared.DomainException;
import java.util.UUID;

/** The stable codes of the documents module (French messages {@code error.<CODE>} in messages/documents.properties). */
public final class DocumentErrors {

    public static final String NOT_FOUND = "DOCUMENT_NOT_FOUND";
    public static final String GAPS_REMAIN = "DOCUMENT_GAPS_REMAIN";
    public static final String TEMPLATE_INVALID = "DOCUMENT_TEMPLATE_INVALID";
    public static final String TEMPLATE_UNKNOWN_PLACEHOLDER = "DOCUMENT_TEMPLATE_UNKNOWN_PLACEHOLDER";
    public static final String TEMPLATE_MALFORMED_PLACEHOLDER = "DOCUMENT_TEMPLATE_MALFORMED_PLACEHOLDER";
    public static final String TOO_LARGE = "DOCUMENT_TOO_LARGE";
    public static final String TEMPLATE_TOO_LARGE = "DOCUMENT_TEMPLATE_TOO_LARGE";
    public static final String TEMPLATE_CAF_REQUIRED = "DOCUMENT_TEMPLATE_CAF_REQUIRED";
    public static final String TEMPLATE_FORBIDDEN = "DOCUMENT_TEMPLATE_FORBIDDEN";
    public static final String KIND_INVALID = "DOCUMENT_KIND_INVALID";
    public static final String AMENDMENT_REQUIRED = "DOCUMENT_AMENDMENT_REQUIRED";
    public static final String AMENDMENT_NOT_FOUND = "DOCUMENT_AMENDMENT_NOT_FOUND";
    public static final String JOB_NOT_FOUND = "DOCUMENT_JOB_NOT_FOUND";

    private DocumentErrors() {}

    static DomainException jobNotFound(UUID id) {
        return DomainException.notFound(JOB_NOT_FOUND, String.valueOf(id));
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(NOT_FOUND, String.valueOf(id));
    }
}
