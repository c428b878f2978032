CREATE SCHEMA IF NOT EXISTS diagnostic;

-- The shared diagnostic of one convention: its figures (with source, year and origin), its three analyses, priority
-- fields, milestones and the date the comité de pilotage validated it, as one JSON document (see ADR 0008).
-- The convention is referenced without a foreign key (modules own their schema, ADR 0001).
CREATE TABLE diagnostic.diagnostic (
    convention_id UUID PRIMARY KEY,
    data          JSONB NOT NULL,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    TEXT NOT NULL
);

-- One planned creation or development of the schéma de développement of a convention.
CREATE TABLE diagnostic.schema_action (
    id            UUID PRIMARY KEY,
    convention_id UUID NOT NULL,
    position      INT NOT NULL,
    commune_code  TEXT NOT NULL,
    status        TEXT NOT NULL,
    equipment_id  UUID,
    realised_on   DATE,
    data          JSONB NOT NULL,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    TEXT NOT NULL
);

CREATE INDEX schema_action_convention ON diagnostic.schema_action (convention_id, position);
