-- The journal filters on the three footprint arrays (ReachSql.covers): the départements had no index (issue 15).
CREATE INDEX audit_event_departements_idx ON platform.audit_event USING gin (departements);
