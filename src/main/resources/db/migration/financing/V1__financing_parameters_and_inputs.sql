CREATE SCHEMA IF NOT EXISTS financing;

-- The financing rules as data (ADR "financing rules as data"): every amount, rate, threshold and mode, one row per
-- value and effective period. A row without caf_id is the national value shipped with the application; a row with a
-- caf_id is that Caf's override from valid_from (its reason is mandatory). Rows are never deleted nor rewritten: a new
-- value is a new row, so the history stays. A null value is a value no public source gives and nobody has set yet
-- (« non renseigné »): a line that needs it says so instead of counting 0. The period of a year's computation is the
-- value in force on 1 January of that year.
CREATE TABLE financing.parameter (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    code        TEXT NOT NULL,
    caf_id      UUID,
    valid_from  DATE NOT NULL,
    valid_to    DATE,
    value       TEXT,
    source      TEXT NOT NULL,
    hypothesis  BOOLEAN NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by  TEXT NOT NULL DEFAULT 'system',
    CONSTRAINT parameter_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT parameter_override_reason CHECK (caf_id IS NULL OR length(trim(coalesce(reason, ''))) > 0),
    CONSTRAINT parameter_one_value_a_day UNIQUE NULLS NOT DISTINCT (code, caf_id, valid_from)
);

CREATE INDEX parameter_code ON financing.parameter (code, caf_id, valid_from);

-- The inputs of one convention's financing as one JSON document (envelope, territories with their CEJ reference N-1
-- and tranche, structures with their places, hours, fees, PS amounts by year), each field absent when unknown.
CREATE TABLE financing.inputs (
    convention_id UUID PRIMARY KEY,
    data          JSONB NOT NULL,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    TEXT NOT NULL
);

-- National values. Sources: domain-spec.md §4/§6 and domain-spec-2.md §1/§6 (tags [S..]).
INSERT INTO financing.parameter (code, valid_from, valid_to, value, source, hypothesis) VALUES
 ('BT_NEW_PLACE_TRANCHE_1', '2020-01-01', '2020-12-31', '3100', 'Circulaire Cnaf C 2020-01 ; circulaire 2021-004 du 17/03/2021 (avant +500 €) [S4]', false),
 ('BT_NEW_PLACE_TRANCHE_1', '2021-01-01', NULL, '3600', 'Circulaire Cnaf 2021-004 du 17/03/2021, §2.2, tranche 1 QPV/ZRR [S4] ; Caf de Saône-et-Loire 2025 [S5]', false),
 ('BT_NEW_PLACE_TRANCHE_2', '2020-01-01', '2020-12-31', '2600', 'Tranche intermédiaire non publiée : milieu de la fourchette 2 100–3 100 €', true),
 ('BT_NEW_PLACE_TRANCHE_2', '2021-01-01', NULL, '3100', 'Tranche intermédiaire non publiée : montant 2020 + 500 € (circulaire 2021-004 [S4])', true),
 ('BT_NEW_PLACE_TRANCHE_3', '2020-01-01', '2020-12-31', '2100', 'Circulaire 2021-004 : fourchette 2 100–3 100 € avant 2021 [S4]', false),
 ('BT_NEW_PLACE_TRANCHE_3', '2021-01-01', NULL, '2600', 'Circulaire 2021-004 : fourchette 2 600–3 600 € [S4] ; Caf 37 [S31] ; Caf 71 [S5]', false),
 ('BT_PRORATION_NEW_PLACES', '2020-01-01', NULL, 'MONTHS', 'Aucune source : prorata des mois d''ouverture sur 12 (spec §4.4, P2)', true),
 ('BT_PRORATION_EXISTING_PLACES', '2020-01-01', NULL, 'NONE', 'Aucune source : pas de prorata des places existantes (spec §4.4, P2)', true),
 ('BT_PLACE_COUNT_RULE', '2020-01-01', NULL, 'MAX_IN_YEAR', 'Repris du bonus inclusion handicap (guide Weka 2024 [S12]), P3', true),
 ('BT_RATTRAPAGE_MIN', '2021-01-01', NULL, '400', 'Caf d''Indre-et-Loire, plan rebond 2021 : « entre 400 et 800 € par place / an » [S31]', false),
 ('BT_RATTRAPAGE_MAX', '2021-01-01', NULL, '800', 'Caf d''Indre-et-Loire, plan rebond 2021 [S31]', false),
 ('BT_RATTRAPAGE_MODE', '2021-01-01', NULL, 'ADD_UPLIFT', 'Non précisé (ajout ou plancher) : ajout retenu (addendum §1.3)', true),
 ('BT_REVALUATION_RATE', '2020-01-01', '2024-12-31', '0', 'Revalorisation prévue sur 2025/2027 seulement (Caf 71 [S5])', true),
 ('BT_REVALUATION_RATE', '2025-01-01', NULL, NULL, 'Revalorisation 2025-2027 selon la strate de la collectivité : taux non publiés [S32]', true),
 ('BT_SMOOTHING_SCOPE', '2020-01-01', NULL, 'TERRITORY', 'Caf 71 « en lissant sur le territoire de compétences » [S5] ; Caf 37 [S32]', true),
 ('BT_ALSH_FLOOR_PER_HOUR', '2018-01-01', NULL, '0.15', 'COG 2018-2022 : plancher de 0,15 € par heure [S7]', false),
 ('BT_ALSH_NEW_HOURS_CAP', '2018-01-01', '2022-12-31', '0', 'COG 2018-2022 : aucune place ALSH nouvelle financée par le bonus territoire [S7]', false),
 ('BT_ALSH_NEW_HOURS_CAP', '2023-01-01', '2024-12-31', '0.25', 'Dégel COG 2023-2027 [S7] ; « maintien » du plafond de 25 % en 2025 [S8] : même plafond supposé', true),
 ('BT_ALSH_NEW_HOURS_CAP', '2025-01-01', NULL, '0.25', 'AMF 62, comité partenarial Cnaf du 04/02/2025 [S8] ; Caf 37 [S32]', false),
 ('BT_ALSH_NEW_HOUR_AMOUNT', '2023-01-01', NULL, NULL, 'Montant par heure nouvelle non publié (P6)', true),
 ('PSO_RPE_RATE', '2021-01-01', NULL, '0.43', 'Caf de Saône-et-Loire, page RPE (non datée) : 43 % des dépenses [S34]', false),
 ('PSO_RPE_PRICE_PER_ETP', '2021-01-01', NULL, NULL, 'Prix plafond Cnaf par ETP non publié (P7)', true),
 ('BONUS_RPE_MISSION', '2021-01-01', NULL, '3229', 'Caf de Saône-et-Loire : « forfait de 3 229 € supplémentaire » par mission renforcée [S34]', false),
 ('BONUS_RPE_MAX_MISSIONS', '2021-01-01', NULL, '1', 'Caf de Saône-et-Loire : une mission choisie [S34]', false),
 ('BONUS_HANDICAP_RATE_1', '2019-01-01', NULL, '0.15', 'Circulaires 2018-002 et 2020-011 (guide Weka 2024) [S12]', false),
 ('BONUS_HANDICAP_RATE_2', '2019-01-01', NULL, '0.30', 'Circulaires 2018-002 et 2020-011 [S12]', false),
 ('BONUS_HANDICAP_RATE_3', '2019-01-01', NULL, '0.45', 'Circulaires 2018-002 et 2020-011 [S12]', false),
 ('BONUS_HANDICAP_BAND_1', '2019-01-01', NULL, '0.05', 'Moins de 5 % d''enfants en situation de handicap [S12]', false),
 ('BONUS_HANDICAP_BAND_2', '2019-01-01', NULL, '0.075', 'De 5 % à 7,5 %, au-delà de 7,5 % [S12]', false),
 ('BONUS_HANDICAP_CAP', '2019-01-01', NULL, '1300', 'Plafond de 1 300 € par place et par an [S12]', false),
 ('BONUS_MIXITE_FEE_1', '2019-01-01', NULL, '0.75', 'Circulaire 2018-002 (résumé Unccas du 29/11/2018) ; bornes incluses supposées [S13]', true),
 ('BONUS_MIXITE_FEE_2', '2019-01-01', NULL, '1.00', 'Circulaire 2018-002 [S13] ; bornes incluses supposées', true),
 ('BONUS_MIXITE_FEE_3', '2019-01-01', NULL, '1.25', 'Circulaire 2018-002 [S13] ; bornes incluses supposées', true),
 ('BONUS_MIXITE_AMOUNT_1', '2019-01-01', NULL, '2100', 'Circulaire 2018-002 [S13]', false),
 ('BONUS_MIXITE_AMOUNT_2', '2019-01-01', NULL, '800', 'Circulaire 2018-002 [S13]', false),
 ('BONUS_MIXITE_AMOUNT_3', '2019-01-01', NULL, '300', 'Circulaire 2018-002 [S13]', false),
 ('BT_ENVELOPE_PERIOD', '2020-01-01', NULL, 'UNKNOWN', 'Délibération d''Armentières : période de l''enveloppe non dite (P10)', true),
 ('PILOTAGE_CAF_RATE', '2020-01-01', NULL, NULL, 'Taux national non publié ; poste d''Hellemmes « soutenu qu''à 50 % » [SEED-LLH] (P14)', true),
 ('PILOTAGE_CEILING_PER_ETP', '2020-01-01', NULL, NULL, 'Plafond par ETP non publié (P14)', true),
 ('COMPLEMENT_INCLUSIF_PER_HOUR', '2024-01-01', '2024-12-31', '4.50', 'Complément inclusif ALSH 2024 : 4,50 € par heure-enfant [S8][S14]', false),
 ('COMPLEMENT_INCLUSIF_PER_HOUR', '2025-01-01', NULL, '3.90', 'Complément inclusif ALSH 2025 : 3,90 € par heure-enfant [S8]', false),
 ('COMPLEMENT_INCLUSIF_CAP', '2024-01-01', '2024-12-31', '1399', 'Plafond 2024 : 1 399 € par place et par an [S14]', false),
 ('COMPLEMENT_INCLUSIF_CAP', '2025-01-01', NULL, '1399', 'Plafond 2025 non publié : celui de 2024 reconduit', true),
 ('BONUS_TRAJECTOIRE_GROWTH_1', '2025-11-01', NULL, '0.04', 'Caf des Alpes-Maritimes, janvier 2026 : +4 % de places 2023→2027 [S11]', false),
 ('BONUS_TRAJECTOIRE_GROWTH_2', '2025-11-01', NULL, '0.08', 'Caf 06 : +8 % [S11]', false),
 ('BONUS_TRAJECTOIRE_GROWTH_3', '2025-11-01', NULL, '0.12', 'Caf 06 : +12 % [S11]', false),
 ('BONUS_TRAJECTOIRE_AMOUNT_1', '2025-11-01', NULL, '100', 'Caf 06 : +100 € par place [S11]', false),
 ('BONUS_TRAJECTOIRE_AMOUNT_2', '2025-11-01', NULL, '200', 'Caf 06 : +200 € par place [S11]', false),
 ('BONUS_TRAJECTOIRE_AMOUNT_3', '2025-11-01', NULL, '300', 'Caf 06 : +300 € par place [S11]', false);
