CREATE SCHEMA IF NOT EXISTS evaluation;

-- The library of standard indicators (domain specification §5). Reference data: loaded here, read by everyone.
-- computation names an IndicatorComputation that fills the values itself (null: values are entered by people).
CREATE TABLE evaluation.standard_indicator (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    definition  TEXT NOT NULL,
    unit        TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source      TEXT NOT NULL,
    computation TEXT,
    position    INT NOT NULL
);

INSERT INTO evaluation.standard_indicator (code, name, definition, unit, direction, source, computation, position) VALUES
('I01', 'Population', 'Population municipale (INSEE) du territoire de la convention.', 'NUMBER', 'HIGHER_IS_BETTER', 'INSEE, recensement', NULL, 1),
('I03', 'Personnes couvertes', 'Allocataires, conjoints, enfants et autres personnes à charge au 31 décembre.', 'NUMBER', 'HIGHER_IS_BETTER', 'data.caf.fr', NULL, 2),
('I04', 'Taux de couverture Caf de la population', 'Personnes couvertes / population × 100.', 'PERCENT', 'HIGHER_IS_BETTER', 'data.caf.fr, INSEE', NULL, 3),
('I06', 'Taux de couverture petite enfance', 'Places d’accueil formel pour les enfants de moins de 3 ans (EAJE, assistants maternels en activité, salariés à domicile, préscolarisation) / enfants de moins de 3 ans × 100.', 'PERCENT', 'HIGHER_IS_BETTER', 'Cnaf / ONPE', NULL, 4),
('I07', 'Financement Caf par habitant', '(Prestations de service + bonus territoire) / population.', 'EUROS', 'HIGHER_IS_BETTER', 'Caf, INSEE', NULL, 5),
('I09', 'Places créées', 'Places d’accueil ouvertes depuis le début de la convention (cumul au 31 décembre), à comparer aux places prévues (cibles).', 'PLACES', 'HIGHER_IS_BETTER', 'Registre des équipements (historique des capacités)', 'PLACES_CREATED', 6),
('I10', 'Actes LAEP / ludothèque', 'Nombre d’actes réalisés dans l’année (lieux d’accueil enfants-parents, ludothèques).', 'ACTES', 'HIGHER_IS_BETTER', 'Gestionnaires, déclarations à la Caf', NULL, 7),
('I11', 'Heures ALSH réalisées', 'Heures réalisées par les accueils de loisirs (périscolaire, extrascolaire, adolescents).', 'HOURS', 'HIGHER_IS_BETTER', 'Gestionnaires, déclarations à la Caf', NULL, 8),
('I12', 'ETP de chargés de coopération', 'Équivalents temps plein de chargés de coopération CTG.', 'ETP', 'HIGHER_IS_BETTER', 'Convention, annexe 2', NULL, 9),
('I13', 'Instances de gouvernance tenues', 'Comités de pilotage et comités techniques tenus dans l’année.', 'NUMBER', 'HIGHER_IS_BETTER', 'Comptes rendus', NULL, 10),
('A01', 'Actions réalisées', 'Fiches action terminées du plan d’actions.', 'NUMBER', 'HIGHER_IS_BETTER', 'Plan d’actions', 'ACTIONS_DONE', 11),
('A02', 'Actions en retard', 'Fiches action dont une échéance est passée sans être réalisée.', 'NUMBER', 'LOWER_IS_BETTER', 'Plan d’actions', 'ACTIONS_LATE', 12),
('I17', 'Taux de facturation', 'Heures facturées / heures réalisées × 100 (EAJE en PSU).', 'PERCENT', 'LOWER_IS_BETTER', 'Gestionnaires', NULL, 13);

-- Indicators followed for one convention. convention_id refers to convention.convention (no cross-module key).
-- targets: {"2022": 12.5, ...}; measures: {"2022": {"value": 12.5, "enteredBy": "caf-nord", "enteredAt": "..."}}.
CREATE TABLE evaluation.indicator (
    id             UUID PRIMARY KEY,
    convention_id  UUID NOT NULL,
    code           TEXT,
    name           TEXT NOT NULL,
    definition     TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL,
    direction      TEXT NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source         TEXT NOT NULL DEFAULT '',
    computation    TEXT,
    baseline_value NUMERIC,
    baseline_year  INT,
    fiche_ids      UUID[] NOT NULL DEFAULT '{}',
    targets        JSONB NOT NULL DEFAULT '{}',
    measures       JSONB NOT NULL DEFAULT '{}',
    position       INT NOT NULL,
    version        INT NOT NULL DEFAULT 0,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX indicator_convention_idx ON evaluation.indicator (convention_id, position);

-- Annual reviews (kind ANNUAL, one per year) and the final bilan (kind FINAL, year null) of a convention. Once frozen,
-- snapshot holds the review as presented and the page shows it instead of live data.
CREATE TABLE evaluation.review (
    id                 UUID PRIMARY KEY,
    convention_id      UUID NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('ANNUAL', 'FINAL')),
    year               INT,
    conclusions        TEXT NOT NULL DEFAULT '',
    adjustments        TEXT NOT NULL DEFAULT '',
    effects            TEXT NOT NULL DEFAULT '',
    carried_objectives TEXT[] NOT NULL DEFAULT '{}',
    presented_on       DATE,
    frozen_at          TIMESTAMP WITH TIME ZONE,
    frozen_by          TEXT,
    snapshot           JSONB,
    version            INT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         TEXT NOT NULL
);
CREATE UNIQUE INDEX review_annual_idx ON evaluation.review (convention_id, year) WHERE kind = 'ANNUAL';
CREATE UNIQUE INDEX review_final_idx ON evaluation.review (convention_id) WHERE kind = 'FINAL';
