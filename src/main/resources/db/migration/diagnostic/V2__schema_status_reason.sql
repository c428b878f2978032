-- Why a row of the schéma de développement was abandoned (or put on hold): required for ABANDONED.
ALTER TABLE diagnostic.schema_action ADD COLUMN status_reason TEXT;
