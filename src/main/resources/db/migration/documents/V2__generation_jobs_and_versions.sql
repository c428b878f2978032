-- Generation in the background (issue 13, point 8): a job per request, run by the shared scheduler (ADR 0019,
-- ADR background-document-generation). The job carries its state, the step it is at and the French reason of a
-- failure; the document(s) it produced once done. A run taken up again after the loss of its instance starts afresh:
-- its documents are saved with the job marked done in one transaction.
CREATE TABLE documents.generation_job (
    id                UUID PRIMARY KEY,
    convention_id     UUID NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('DRAFT', 'FINAL', 'AMENDMENT')),
    amendment_number  INTEGER,
    state             TEXT NOT NULL CHECK (state IN ('REQUESTED', 'RUNNING', 'DONE', 'FAILED')),
    step              TEXT,
    done              INTEGER NOT NULL DEFAULT 0,
    total             INTEGER NOT NULL DEFAULT 1,
    failure           TEXT,
    document_id       UUID,
    consolidated_id   UUID,
    requested_at      TIMESTAMPTZ NOT NULL,
    requested_by      TEXT NOT NULL,
    finished_at       TIMESTAMPTZ,
    CHECK ((kind = 'AMENDMENT') = (amendment_number IS NOT NULL))
);
CREATE INDEX generation_job_convention ON documents.generation_job (convention_id, requested_at DESC);

-- Versions (issue 13, point 6): an avenant's own document (AMENDMENT) and the consolidated convention it leaves
-- (CONSOLIDATED); the signed document of each signed state (the convention, then each avenant) is frozen; each
-- document keeps the plain text of its articles and annexes, to compare two versions article by article.
ALTER TABLE documents.generated_document DROP CONSTRAINT generated_document_kind_check;
ALTER TABLE documents.generated_document
    ADD CONSTRAINT generated_document_kind_check CHECK (kind IN ('DRAFT', 'FINAL', 'AMENDMENT', 'CONSOLIDATED')),
    ADD COLUMN amendment_number INTEGER,
    ADD COLUMN terms_version INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN signed BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN sections JSONB NOT NULL DEFAULT '[]'::jsonb;

-- One signed document per signed state and kind: the convention (amendment 0), each avenant and its consolidation.
CREATE UNIQUE INDEX generated_document_one_signed
    ON documents.generated_document (convention_id, kind, COALESCE(amendment_number, 0)) WHERE signed;

-- A signed document is never rewritten nor deleted, whatever the code does.
CREATE FUNCTION documents.signed_document_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.signed THEN
        RAISE EXCEPTION 'Le document signé % ne peut être ni modifié ni supprimé.', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER generated_document_signed_frozen
    BEFORE UPDATE OR DELETE ON documents.generated_document
    FOR EACH ROW EXECUTE FUNCTION documents.signed_document_frozen();
