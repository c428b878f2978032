-- Where the register's map draws an entry (issue 16 point 4, ADR map-geocoding-and-offline-base):
--   MANUAL  the coordinates typed on the entry (latitude, longitude);
--   ADDRESS its address located by the Base Adresse Nationale, with the service's score (0 to 1);
--   COMMUNE the centroid of its commune (« position approximative »);
--   NONE    not placed yet (or nothing known).
-- Derived from the address, commune and coordinates like search_text: written without a version bump; position_key
-- says what it was derived from, so an unchanged address is not sent to the service again.
ALTER TABLE equipment.equipment
    ADD COLUMN position_source    TEXT NOT NULL DEFAULT 'NONE'
        CHECK (position_source IN ('MANUAL', 'ADDRESS', 'COMMUNE', 'NONE')),
    ADD COLUMN position_latitude  NUMERIC(9, 6),
    ADD COLUMN position_longitude NUMERIC(9, 6),
    ADD COLUMN position_score     NUMERIC(4, 3),
    ADD COLUMN position_key       TEXT,
    ADD COLUMN positioned_at      TIMESTAMP WITH TIME ZONE;
