-- The dated history of a fiche's state (status, progress, milestones), so that a past year's review can say which
-- fiches were late on 31 December of that year. A trigger writes it on every insert and on every update that changes
-- one of these, whatever code path saves the fiche, dated with the fiche's updated_at (the application's clock).
CREATE TABLE actionplan.fiche_state (
    -- Orders states recorded at the same instant (one transaction, or a clock that stands still in tests).
    seq            BIGSERIAL PRIMARY KEY,
    fiche_id       UUID NOT NULL REFERENCES actionplan.fiche (id) ON DELETE CASCADE,
    convention_id  UUID NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status         TEXT NOT NULL,
    progress       INT NOT NULL,
    milestones     JSONB NOT NULL DEFAULT '[]'
);
CREATE INDEX fiche_state_convention_idx ON actionplan.fiche_state (convention_id, fiche_id, recorded_at);

CREATE FUNCTION actionplan.record_fiche_state() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.progress IS DISTINCT FROM OLD.progress
            OR NEW.content -> 'milestones' IS DISTINCT FROM OLD.content -> 'milestones' THEN
        INSERT INTO actionplan.fiche_state (fiche_id, convention_id, recorded_at, status, progress, milestones)
        VALUES (NEW.id, NEW.convention_id, NEW.updated_at, NEW.status, NEW.progress, coalesce(NEW.content -> 'milestones', '[]'::jsonb));
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER fiche_state_history AFTER INSERT OR UPDATE ON actionplan.fiche
    FOR EACH ROW EXECUTE FUNCTION actionplan.record_fiche_state();

-- Fiches saved before the history existed start with their state of the day of the migration.
INSERT INTO actionplan.fiche_state (fiche_id, convention_id, recorded_at, status, progress, milestones)
SELECT id, convention_id, updated_at, status, progress, coalesce(content -> 'milestones', '[]'::jsonb) FROM actionplan.fiche;
