-- The register imports of the pages, kept in PostgreSQL rather than one instance's memory (ADR 0019): any instance
-- shows a job's progress, and a job whose instance stopped is run again by another (the dry run reads only; the
-- commit is one transaction, all or nothing, so running it again is safe).
CREATE TABLE equipment.import_job (
    id          UUID PRIMARY KEY,
    owner_id    UUID NOT NULL,
    owner_login TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    filename    TEXT NOT NULL,
    headers     JSONB NOT NULL,
    row_count   INT NOT NULL,
    -- The cells, as gzipped JSON: read only by the run.
    cells       BYTEA NOT NULL,
    mapping     JSONB NOT NULL,
    state       TEXT NOT NULL,
    done        INT NOT NULL DEFAULT 0,
    total       INT NOT NULL DEFAULT 1,
    report      JSONB,
    failure     TEXT
);

CREATE INDEX import_job_owner_idx ON equipment.import_job (owner_id);
