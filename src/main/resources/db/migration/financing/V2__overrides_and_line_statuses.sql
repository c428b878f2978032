-- A Caf's value of a parameter applies from its start until the next value of the same Caf starts (or its own end):
-- when a new value is set from a day, the previous open value of that Caf is closed the day before, so that the
-- periods of one Caf never overlap and the history reads as a list of periods. National rows are never touched.
CREATE INDEX parameter_override ON financing.parameter (caf_id, code, valid_from) WHERE caf_id IS NOT NULL;

-- The funding lines the Caf has notified to the gestionnaire or paid. The amount is frozen at that moment with the
-- parameter versions it used: a later change of parameters or inputs recomputes the estimate but never this amount —
-- the page shows the difference instead. A paid line is final.
CREATE TABLE financing.line_status (
    convention_id UUID NOT NULL,
    structure_id  TEXT NOT NULL,
    year          INT NOT NULL,
    kind          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('NOTIFIED', 'PAID')),
    amount        NUMERIC(14, 2) NOT NULL,
    parameter_ids UUID[] NOT NULL,
    notified_at   TIMESTAMPTZ NOT NULL,
    notified_by   TEXT NOT NULL,
    paid_at       TIMESTAMPTZ,
    paid_by       TEXT,
    PRIMARY KEY (convention_id, structure_id, year, kind),
    CONSTRAINT line_status_paid CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
);
