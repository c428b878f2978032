-- The centroid of each commune (geo.api.gouv.fr snapshot): where the register's map draws an entry that has no position
-- of its own ("position approximative"). Loaded at start-up like the other reference datasets (ReferenceDataImporter).
CREATE TABLE territory.commune_centroid (
    code      TEXT PRIMARY KEY,
    latitude  NUMERIC(8, 5) NOT NULL,
    longitude NUMERIC(8, 5) NOT NULL
);
