CREATE SCHEMA IF NOT EXISTS platform;

-- One row per change of state, written in the transaction of the change.
-- The footprint columns copy where the entity stands, so the trail is shown to exactly those who may see it.
CREATE TABLE platform.audit_event (
    id             BIGSERIAL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       UUID,
    actor_name     TEXT NOT NULL,
    entity_type    TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    action         TEXT NOT NULL,
    summary        TEXT NOT NULL,
    changes        JSONB NOT NULL DEFAULT '[]'::jsonb,
    organisations  UUID[] NOT NULL DEFAULT '{}',
    communes       TEXT[] NOT NULL DEFAULT '{}',
    departements   TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_entity_idx ON platform.audit_event (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_event_occurred_idx ON platform.audit_event (occurred_at DESC);
CREATE INDEX audit_event_organisations_idx ON platform.audit_event USING gin (organisations);
CREATE INDEX audit_event_communes_idx ON platform.audit_event USING gin (communes);
