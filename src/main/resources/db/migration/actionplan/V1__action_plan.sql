CREATE SCHEMA IF NOT EXISTS actionplan;

-- Axes of a convention's action plan. convention_id refers to convention.convention (no cross-module foreign key).
CREATE TABLE actionplan.axis (
    id             UUID PRIMARY KEY,
    convention_id  UUID NOT NULL,
    position       INT NOT NULL,
    title          TEXT NOT NULL,
    commune        TEXT,
    domains        TEXT[] NOT NULL DEFAULT '{}',
    enjeux         TEXT[] NOT NULL DEFAULT '{}',
    version        INT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX axis_convention_idx ON actionplan.axis (convention_id, position);

-- Fiches action. The template's fields are one JSON document (content); status, progress and pilot are columns for
-- the plan's filters. "Late" is never stored: it depends on today's date.
CREATE TABLE actionplan.fiche (
    id             UUID PRIMARY KEY,
    convention_id  UUID NOT NULL,
    axis_id        UUID NOT NULL REFERENCES actionplan.axis (id),
    position       INT NOT NULL,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('DRAFT', 'PRESENTED', 'VALIDATED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    progress       INT NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    abandon_reason TEXT,
    pilot_id       UUID,
    content        JSONB NOT NULL,
    version        INT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX fiche_convention_idx ON actionplan.fiche (convention_id, position);
CREATE INDEX fiche_axis_idx ON actionplan.fiche (axis_id);
