-- Real conventions as published (issue 12): a period known to the day, the month or the year; a convention recorded
-- as signed from its text, with the place of signature; its completeness findings projected for the portfolio.
--   start_precision / end_precision  how the period's ends are known; start_date / end_date stay the calendar bounds
--                                    the rules use (01/01 and 31/12 for a year, the 1st and the last day for a month);
--   signature_place                  « Fait à … », null while unknown;
--   recorded_from_text               entered as signed from its published text rather than signed in the application;
--   findings                         [{"code": …, "args": […]}], computed from the current terms at each save.
ALTER TABLE convention.convention
    ADD COLUMN start_precision TEXT NOT NULL DEFAULT 'DAY' CHECK (start_precision IN ('DAY', 'MONTH', 'YEAR')),
    ADD COLUMN end_precision TEXT NOT NULL DEFAULT 'DAY' CHECK (end_precision IN ('DAY', 'MONTH', 'YEAR')),
    ADD COLUMN signature_place TEXT,
    ADD COLUMN recorded_from_text BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN findings JSONB NOT NULL DEFAULT '[]';
