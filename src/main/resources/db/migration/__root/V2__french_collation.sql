-- French alphabetical order for every list sorted by a name (ADR 0016): CLDR's French collation through ICU, with digits
-- compared as numbers (Lille 2 before Lille 10). Deterministic (the default): strings equal for ICU are still told apart
-- byte by byte, so equality, uniqueness and LIKE behave as before. The modules declare their name columns with it.
-- Needs a PostgreSQL built with ICU (the embedded one is; so are the PGDG and distribution packages).
CREATE COLLATION IF NOT EXISTS french (provider = icu, locale = 'fr-FR-u-kn-true');
