CREATE SCHEMA IF NOT EXISTS deliberation;

-- One row per council deliberation, as its extract from the register prints it (see ADR 0004).
-- Optional parts are "not recorded" when their leading column is null: attendance (members_in_office),
-- vote (vote_unanimous), transmission (actes_id, sent and received dates all null).
CREATE TABLE deliberation.deliberation (
    id                         UUID PRIMARY KEY,
    organisation_id            UUID NOT NULL,
    -- Where the organisation stood when the deliberation was last saved (Directory.footprintOf): lists are filtered
    -- on these columns, as the audit trail does, without reading another module's tables.
    footprint_organisations    UUID[] NOT NULL DEFAULT '{}',
    footprint_communes         TEXT[] NOT NULL DEFAULT '{}',
    footprint_departements     TEXT[] NOT NULL DEFAULT '{}',
    issuer_name                TEXT NOT NULL,
    issuer_siren               CHAR(9),
    body                       TEXT NOT NULL CHECK (body IN ('CONSEIL_MUNICIPAL', 'CONSEIL_COMMUNAL', 'CONSEIL_COMMUNAUTAIRE',
                                                             'CONSEIL_ADMINISTRATION_CAF', 'OTHER')),
    number                     TEXT NOT NULL,
    object                     TEXT NOT NULL,
    -- Folded (no accent, lower case) number, object, issuer and ACTES identifier, for the text filter.
    search_text                TEXT NOT NULL,
    seance_date                DATE NOT NULL,
    seance_time                TIME,
    seance_place               TEXT,
    convocation_date           DATE,
    rapporteur                 TEXT,
    matiere                    TEXT,
    -- Attendance. Name lists keep the printed order; proxies are in deliberation.proxy.
    members_in_office          INT CHECK (members_in_office >= 1),
    present                    TEXT[] NOT NULL DEFAULT '{}',
    excused                    TEXT[] NOT NULL DEFAULT '{}',
    absent                     TEXT[] NOT NULL DEFAULT '{}',
    president                  TEXT,
    secretary                  TEXT,
    declared_present           INT CHECK (declared_present >= 0),
    reconvened_without_quorum  BOOLEAN NOT NULL DEFAULT FALSE,
    -- Vote. A unanimity may have no figures.
    vote_unanimous             BOOLEAN,
    vote_in_favour             INT CHECK (vote_in_favour >= 0),
    vote_against               INT CHECK (vote_against >= 0),
    vote_abstention            INT CHECK (vote_abstention >= 0),
    vote_not_taking_part       INT NOT NULL DEFAULT 0 CHECK (vote_not_taking_part >= 0),
    -- Préfecture stamp and publication.
    actes_id                   TEXT,
    sent_to_prefecture_on      DATE,
    received_by_prefecture_on  DATE,
    published_on               DATE,
    version                    INT NOT NULL DEFAULT 0,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deliberation_organisation_idx ON deliberation.deliberation (organisation_id, seance_date DESC);
CREATE INDEX deliberation_seance_idx ON deliberation.deliberation (seance_date DESC);
CREATE INDEX deliberation_footprint_organisations_idx ON deliberation.deliberation USING gin (footprint_organisations);
CREATE INDEX deliberation_footprint_communes_idx ON deliberation.deliberation USING gin (footprint_communes);
CREATE INDEX deliberation_footprint_departements_idx ON deliberation.deliberation USING gin (footprint_departements);

-- Written proxies (pouvoirs), in printed order: the giver (mandant) is represented by the holder (mandataire).
CREATE TABLE deliberation.proxy (
    deliberation_id  UUID NOT NULL REFERENCES deliberation.deliberation (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    giver            TEXT NOT NULL,
    holder           TEXT NOT NULL,
    PRIMARY KEY (deliberation_id, position)
);
