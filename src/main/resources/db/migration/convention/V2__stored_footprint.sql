-- One stored footprint per convention (issue "Foundations", point 2): the access check of a single convention and the
-- SQL filter of every list read the same three columns.
--   owner_id            the organisation that recorded the convention (the Caf, or the collectivité that drafted it):
--                       part of the footprint, so a draft without signatory or territory stays with its owner;
--   footprint_communes  the convention's communes and the member communes of its EPCI.
ALTER TABLE convention.convention ADD COLUMN owner_id UUID;
ALTER TABLE convention.convention ADD COLUMN footprint_communes TEXT[] NOT NULL DEFAULT '{}';

UPDATE convention.convention c SET footprint_communes = ARRAY(
    SELECT DISTINCT code FROM (
        SELECT unnest(c.communes) AS code
        UNION
        SELECT m.code FROM territory.commune m WHERE m.kind = 'COMMUNE' AND m.epci_siren = ANY(c.epcis)) AS codes
    ORDER BY code);

CREATE INDEX convention_footprint_communes_idx ON convention.convention USING GIN (footprint_communes);
