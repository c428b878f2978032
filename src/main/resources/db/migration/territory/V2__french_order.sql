-- French order (ADR 0016): the name columns take the collation french (created by the root migration), so that every
-- ORDER BY on them, and any index on them, follows French alphabetical order. No table rewrite; indexes on these
-- columns are rebuilt.
ALTER TABLE territory.region ALTER COLUMN name TYPE TEXT COLLATE french;
ALTER TABLE territory.departement ALTER COLUMN name TYPE TEXT COLLATE french;
ALTER TABLE territory.epci ALTER COLUMN name TYPE TEXT COLLATE french;
ALTER TABLE territory.commune ALTER COLUMN name TYPE TEXT COLLATE french;
ALTER TABLE territory.qpv ALTER COLUMN name TYPE TEXT COLLATE french;
