-- Issue 16: the journal filters by convention, author and period. The convention a change concerns is recorded with it
-- (null for what hangs on none); a convention's own rows get their id.
ALTER TABLE platform.audit_event ADD COLUMN convention_id UUID;
UPDATE platform.audit_event SET convention_id = CAST(entity_id AS uuid)
 WHERE entity_type = 'convention' AND entity_id ~ '^[0-9a-fA-F-]{36}$';
CREATE INDEX audit_event_convention_idx ON platform.audit_event (convention_id, occurred_at DESC);
CREATE INDEX audit_event_type_idx ON platform.audit_event (entity_type, occurred_at DESC);
