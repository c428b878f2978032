CREATE SCHEMA IF NOT EXISTS territory;

-- Which millésime of each reference dataset is loaded (the import is idempotent on this key).
CREATE TABLE territory.reference_import (
    dataset      TEXT NOT NULL PRIMARY KEY,
    millesime    TEXT NOT NULL,
    source       TEXT NOT NULL,
    row_count    INT NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE territory.region (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE territory.departement (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    region_code TEXT NOT NULL
);

CREATE TABLE territory.epci (
    siren                 CHAR(9) PRIMARY KEY,
    name                  TEXT NOT NULL,
    search_name           TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    financing_mode        TEXT,
    population_totale     INT,
    population_municipale INT,
    commune_count         INT
);

-- Key (code, kind): a commune déléguée may share its code with its commune nouvelle.
CREATE TABLE territory.commune (
    code                TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('COMMUNE', 'COMMUNE_ASSOCIEE', 'COMMUNE_DELEGUEE', 'ARRONDISSEMENT_MUNICIPAL')),
    name                TEXT NOT NULL,
    search_name         TEXT NOT NULL,
    parent_code         TEXT,
    departement_code    TEXT NOT NULL,
    region_code         TEXT NOT NULL,
    siren               CHAR(9),
    epci_siren          CHAR(9),
    population          INT,
    population_millesime TEXT,
    postal_codes        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, kind)
);
CREATE INDEX commune_search_idx ON territory.commune (search_name text_pattern_ops);
CREATE INDEX commune_parent_idx ON territory.commune (parent_code);
CREATE INDEX commune_epci_idx ON territory.commune (epci_siren);
CREATE INDEX commune_departement_idx ON territory.commune (departement_code);

CREATE TABLE territory.qpv (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    communes      TEXT[] NOT NULL,
    departements  TEXT[] NOT NULL,
    lon_min       NUMERIC(9, 4) NOT NULL,
    lat_min       NUMERIC(9, 4) NOT NULL,
    lon_max       NUMERIC(9, 4) NOT NULL,
    lat_max       NUMERIC(9, 4) NOT NULL,
    geometry      JSONB
);
CREATE INDEX qpv_communes_idx ON territory.qpv USING gin (communes);
