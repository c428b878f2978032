CREATE SCHEMA IF NOT EXISTS documents;

-- A generated convention document: both formats of one generation, the convention version it reflects and the
-- template version it was written from (ADR document-templates). Rows are never rewritten: a new generation is a new
-- row. A FINAL document was generated with no gap left; a DRAFT may show « [à compléter : …] ».
CREATE TABLE documents.generated_document (
    id                  UUID PRIMARY KEY,
    convention_id       UUID NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('DRAFT', 'FINAL')),
    title               TEXT NOT NULL,
    template_version    TEXT NOT NULL,
    convention_version  INTEGER NOT NULL,
    gaps                INTEGER NOT NULL,
    docx                BYTEA NOT NULL,
    pdf                 BYTEA NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          TEXT NOT NULL
);
CREATE INDEX generated_document_convention ON documents.generated_document (convention_id, created_at DESC);

-- The Word templates a Caf uploaded, every version kept; none for a Caf: the shipped « Caf du Nord » template.
CREATE TABLE documents.template (
    id          UUID PRIMARY KEY,
    caf_id      UUID NOT NULL,
    version     INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    content     BYTEA NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (caf_id, version)
);
