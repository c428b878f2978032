-- French order (ADR 0016): the name columns take the collation french (created by the root migration), so that every
-- ORDER BY on them, and any index on them, follows French alphabetical order. No table rewrite; indexes on these
-- columns are rebuilt.
ALTER TABLE directory.organisation ALTER COLUMN name TYPE TEXT COLLATE french,
    ALTER COLUMN short_name TYPE TEXT COLLATE french;
ALTER TABLE directory.user_account ALTER COLUMN display_name TYPE TEXT COLLATE french,
    ALTER COLUMN username TYPE TEXT COLLATE french;
