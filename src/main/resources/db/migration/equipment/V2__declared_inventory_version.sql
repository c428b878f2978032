-- Declared counts are revised from the commune page: optimistic locking and who changed them last.
ALTER TABLE equipment.declared_inventory ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE equipment.declared_inventory ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE equipment.declared_inventory ADD COLUMN updated_by TEXT;
