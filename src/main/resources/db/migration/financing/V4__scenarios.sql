-- A financing scenario: a named what-if over a convention's current inputs, stored as the list of its changes (a delta,
-- never a copy of the inputs), so that it follows the later corrections of the plan. It is computed on read beside the
-- plan and never changes the inputs. A discarded scenario is kept (status DISCARDED, who and when) as the history of
-- what was weighed; its name becomes free again for a new active scenario.
CREATE TABLE financing.scenario (
    id            UUID PRIMARY KEY,
    convention_id UUID NOT NULL,
    name          TEXT NOT NULL COLLATE "french" CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    changes       JSONB NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('ENTERED', 'SCHEMA')),
    status        TEXT NOT NULL CHECK (status IN ('ACTIVE', 'DISCARDED')),
    version       INT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT NOT NULL,
    discarded_at  TIMESTAMPTZ,
    discarded_by  TEXT,
    CONSTRAINT scenario_discarded CHECK ((status = 'DISCARDED') = (discarded_at IS NOT NULL))
);

CREATE UNIQUE INDEX scenario_active_name ON financing.scenario (convention_id, lower(name)) WHERE status = 'ACTIVE';
CREATE INDEX scenario_convention ON financing.scenario (convention_id, created_at);
