CREATE SCHEMA IF NOT EXISTS convention;

-- One row per convention. The terms themselves are immutable JSON documents (draft_terms before signature, one per
-- signed version afterwards, ADR 0005); the other columns project the current terms for the portfolio's filters and
-- the access rule (organisations, communes, départements as the platform's Footprint).
CREATE TABLE convention.convention (
    id                 UUID PRIMARY KEY,
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'IN_SIGNATURE', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    title              TEXT NOT NULL,
    search_title       TEXT NOT NULL,
    start_date         DATE NOT NULL,
    end_date           DATE NOT NULL,
    signed_on          DATE,
    caf_id             UUID,
    predecessor_id     UUID REFERENCES convention.convention (id),
    successor_id       UUID REFERENCES convention.convention (id),
    communes           TEXT[] NOT NULL DEFAULT '{}',
    epcis              TEXT[] NOT NULL DEFAULT '{}',
    domains            TEXT[] NOT NULL DEFAULT '{}',
    organisations      UUID[] NOT NULL DEFAULT '{}',
    departements       TEXT[] NOT NULL DEFAULT '{}',
    terminates_on      DATE,
    -- Signatories that must have a council deliberation adopted: {"<organisation id>": "<name>"}.
    needs_deliberation JSONB NOT NULL DEFAULT '{}',
    draft_terms        JSONB,
    version            INT NOT NULL DEFAULT 0,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         TEXT NOT NULL
);
CREATE INDEX convention_communes_idx ON convention.convention USING GIN (communes);
CREATE INDEX convention_organisations_idx ON convention.convention USING GIN (organisations);
CREATE INDEX convention_departements_idx ON convention.convention USING GIN (departements);
CREATE INDEX convention_end_date_idx ON convention.convention (end_date);

-- Signed states of the terms: version 1 is the convention as signed, each signed avenant adds the next one.
CREATE TABLE convention.convention_version (
    convention_id      UUID NOT NULL REFERENCES convention.convention (id),
    number             INT NOT NULL CHECK (number >= 1),
    terms              JSONB NOT NULL,
    effective_from     DATE NOT NULL,
    amendment_number   INT,
    signed_on          DATE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        TEXT NOT NULL,
    PRIMARY KEY (convention_id, number)
);

CREATE TABLE convention.amendment (
    convention_id      UUID NOT NULL REFERENCES convention.convention (id),
    number             INT NOT NULL CHECK (number >= 1),
    title              TEXT NOT NULL,
    terms              JSONB NOT NULL,
    changed_parts      TEXT[] NOT NULL,
    drafted_on         DATE NOT NULL,
    signed_on          DATE,
    effective_from     DATE,
    withdrawn          BOOLEAN NOT NULL DEFAULT FALSE,
    drafted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by         TEXT NOT NULL,
    PRIMARY KEY (convention_id, number)
);

CREATE TABLE convention.termination (
    convention_id      UUID NOT NULL REFERENCES convention.convention (id),
    seq                INT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('FORMAL_NOTICE', 'UNILATERAL_CHANGE', 'NOTICE')),
    party_id           UUID,
    act_on             DATE NOT NULL,
    effective_on       DATE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        TEXT NOT NULL,
    PRIMARY KEY (convention_id, seq)
);

-- Which council deliberation authorises which signatory. Kept outside the versioned terms: a deliberation or its
-- préfecture receipt is often recorded after the signature and is a fact, not a term of the contract.
CREATE TABLE convention.deliberation_link (
    convention_id      UUID NOT NULL REFERENCES convention.convention (id),
    signatory_id       UUID NOT NULL,
    deliberation_id    UUID NOT NULL,
    linked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by          TEXT NOT NULL,
    PRIMARY KEY (convention_id, deliberation_id)
);
CREATE INDEX deliberation_link_deliberation_idx ON convention.deliberation_link (deliberation_id);

-- The national list (domaines d'intervention, Caf missions, enjeux) and the custom domains: data administrators edit.
CREATE TABLE convention.reference_item (
    kind               TEXT NOT NULL CHECK (kind IN ('DOMAIN', 'MISSION', 'ENJEU')),
    code               TEXT NOT NULL,
    parent_code        TEXT,
    label              TEXT NOT NULL,
    rank               INT NOT NULL,
    standard           BOOLEAN NOT NULL,
    active             BOOLEAN NOT NULL DEFAULT TRUE,
    version            INT NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, code)
);
