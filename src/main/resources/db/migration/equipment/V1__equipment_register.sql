CREATE SCHEMA IF NOT EXISTS equipment;

-- One entry of the register of equipment and services (EAJE, LAEP, RPE, ALSH, centres sociaux…).
-- Cross-module references (commune, organisation) are plain columns without foreign keys (see ADR 0001).
CREATE TABLE equipment.equipment (
    id                        UUID PRIMARY KEY,
    type                      TEXT NOT NULL,
    name                      TEXT NOT NULL,
    -- folded name, operator and addresses, for accent- and case-insensitive search
    search_text               TEXT NOT NULL,
    -- folded name | first address | type | commune: what an import matches an existing entry on
    match_key                 TEXT NOT NULL,
    operator_organisation_id  UUID,
    operator_name             TEXT,
    operator_category         TEXT,
    -- [{street, postalCode, city}], first one is the main site
    addresses                 JSONB NOT NULL DEFAULT '[]'::jsonb,
    commune_code              TEXT NOT NULL,
    departement_code          TEXT NOT NULL,
    quartier                  TEXT,
    latitude                  NUMERIC(9, 6),
    longitude                 NUMERIC(9, 6),
    qpv_code                  TEXT,
    -- COMPUTED (point in the QPV polygons), MANUAL (set by hand), UNKNOWN
    qpv_origin                TEXT NOT NULL,
    opened_on                 DATE,
    closed_on                 DATE,
    supported_by_collectivite BOOLEAN NOT NULL DEFAULT FALSE,
    remarks                   TEXT,
    version                   INT NOT NULL DEFAULT 0,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX equipment_match_key_idx ON equipment.equipment (match_key);
CREATE INDEX equipment_commune_idx ON equipment.equipment (commune_code, type);
CREATE INDEX equipment_departement_idx ON equipment.equipment (departement_code);
CREATE INDEX equipment_operator_idx ON equipment.equipment (operator_organisation_id);

-- Dated capacity history: the capacity in force on a date is the latest one effective on or before it.
CREATE TABLE equipment.capacity (
    equipment_id  UUID NOT NULL REFERENCES equipment.equipment (id) ON DELETE CASCADE,
    effective_on  DATE NOT NULL,
    value         NUMERIC(12, 2) NOT NULL CHECK (value >= 0),
    unit          TEXT NOT NULL,
    source        TEXT,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (equipment_id, effective_on)
);

-- The inventory a commune declares in a document (e.g. a CTG preamble: "12 EAJE municipaux"), to compare with the register.
CREATE TABLE equipment.declared_inventory (
    id                 UUID PRIMARY KEY,
    commune_code       TEXT NOT NULL,
    position           INT NOT NULL,
    label              TEXT NOT NULL,
    declared_count     INT NOT NULL CHECK (declared_count >= 0),
    -- the register types this line counts; empty when the register does not hold them (e.g. schools)
    types              TEXT[] NOT NULL DEFAULT '{}',
    operator_category  TEXT,
    source             TEXT NOT NULL,
    declared_on        DATE
);
CREATE INDEX declared_inventory_commune_idx ON equipment.declared_inventory (commune_code, position);
