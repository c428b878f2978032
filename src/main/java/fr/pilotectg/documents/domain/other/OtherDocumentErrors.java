package fr.pilotectg.documents.domain.other;

import fr.pilotectg.shared.DomainException;

/** The stable codes of the other documents (messages {@code error.<CODE>} in documents-other.properties). */
public final class OtherDocumentErrors {

    /** The convention (out of reach too), or what the document is about, is not known. */
    public static final String NOT_FOUND = "OTHER_DOCUMENT_NOT_FOUND";

    private OtherDocumentErrors() {}

    static DomainException notFound(Object id) {
        return DomainException.notFound(NOT_FOUND, String.valueOf(id));
    }
}
