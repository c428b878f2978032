-- Parties as they really are (issue 12): syndicats (SIVU, SIVOM, syndicat mixte), CCAS / CIAS, régions, CPAM / CARSAT
-- and Éducation nationale join the kinds of organisation. Existing rows keep their kind.
ALTER TABLE directory.organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE directory.organisation ADD CONSTRAINT organisation_kind_check CHECK (kind IN (
    'CAF', 'COMMUNE', 'EPCI', 'SYNDICAT', 'CCAS_CIAS', 'DEPARTEMENT', 'REGION', 'MSA', 'CPAM_CARSAT', 'ETAT',
    'EDUCATION_NATIONALE', 'ASSOCIATION', 'OTHER'));
