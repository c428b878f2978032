CREATE SCHEMA IF NOT EXISTS governance;

-- Bodies of a convention (COPIL, COTECH, instances locales, groupes). convention_id refers to convention.convention (no
-- cross-module foreign key). Seats, members, missions and the frequency rule are one JSON document (content).
CREATE TABLE governance.body (
    id             UUID PRIMARY KEY,
    convention_id  UUID NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('COPIL', 'COTECH', 'INSTANCE_LOCALE', 'GROUPE_THEMATIQUE', 'GROUPE_TRAVAIL')),
    name           TEXT NOT NULL,
    commune        TEXT,
    content        JSONB NOT NULL,
    version        INT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX body_convention_idx ON governance.body (convention_id);

-- Meetings of a body: agenda, attendance and minutes in content, the decisions taken in decisions.
CREATE TABLE governance.meeting (
    id             UUID PRIMARY KEY,
    convention_id  UUID NOT NULL,
    body_id        UUID NOT NULL REFERENCES governance.body (id),
    held_on        DATE NOT NULL,
    content        JSONB NOT NULL,
    decisions      JSONB NOT NULL DEFAULT '[]',
    version        INT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX meeting_convention_idx ON governance.meeting (convention_id, held_on);

-- Chargés de coopération and chef de projet posts; reports: yearly activity reports received {"2021": "2022-03-15"}.
CREATE TABLE governance.post (
    id             UUID PRIMARY KEY,
    convention_id  UUID NOT NULL,
    role           TEXT NOT NULL,
    commune        TEXT,
    etp            NUMERIC(5, 2) NOT NULL CHECK (etp >= 0),
    content        JSONB NOT NULL,
    reports        JSONB NOT NULL DEFAULT '{}',
    version        INT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX post_convention_idx ON governance.post (convention_id);
