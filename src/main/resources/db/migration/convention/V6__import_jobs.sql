-- The bulk imports of conventions (ADR 0036), run in the background on the shared scheduler (ADR 0019) rather than on
-- the request thread: the uploaded XLSX is kept in the job's row until the run reads it, so that any instance shows
-- the job's progress and a run whose instance stopped is taken up again by another (the dry run is rolled back and the
-- commit is one transaction, all or nothing, so running it again is safe).
CREATE TABLE convention.import_job (
    id          UUID PRIMARY KEY,
    owner_id    UUID NOT NULL,
    owner_login TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    filename    TEXT NOT NULL,
    -- The uploaded workbook as received: read only by the run.
    file        BYTEA NOT NULL,
    dry_run     BOOLEAN NOT NULL,
    state       TEXT NOT NULL,
    -- Progress counted on conventions.
    done        INT NOT NULL DEFAULT 0,
    total       INT NOT NULL DEFAULT 1,
    report      JSONB,
    -- Why the run failed, in French.
    failure     TEXT
);

CREATE INDEX import_job_owner_idx ON convention.import_job (owner_id);
