-- Issue 16: files attached to a fiche, stored by the application (no file system, no outside store): PDF, PNG, JPEG,
-- DOCX, XLSX or ODT recognised by their first bytes (never by their name), at most 10 Mo each. convention_id copies the
-- fiche's so that every read is filtered by convention in SQL.
CREATE TABLE actionplan.fiche_file (
    id             UUID PRIMARY KEY,
    fiche_id       UUID NOT NULL REFERENCES actionplan.fiche (id) ON DELETE CASCADE,
    convention_id  UUID NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('PDF', 'PNG', 'JPEG', 'DOCX', 'XLSX', 'ODT')),
    size           BIGINT NOT NULL CHECK (size > 0 AND size <= 10485760),
    content        BYTEA NOT NULL,
    uploaded_by    TEXT NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fiche_file_fiche_idx ON actionplan.fiche_file (fiche_id, uploaded_at);
