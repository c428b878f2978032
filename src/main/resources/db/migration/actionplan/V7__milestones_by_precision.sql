-- Fiche échéances are known to the day, the month or the year (issue 12, point 2): the milestone's "dueOn" in the
-- fiche's JSON content is "2023", "2023-06" or "2023-06-30". Calendar rules (late, due this quarter, next échéance)
-- take its last possible day, as PartialDate.lastDay() does in Java.
CREATE FUNCTION actionplan.due_by(due TEXT) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
               WHEN due IS NULL THEN NULL
               WHEN due ~ '^\d{4}$' THEN make_date(CAST(due AS INT), 12, 31)
               WHEN due ~ '^\d{4}-\d{1,2}$'
                   THEN CAST(make_date(CAST(split_part(due, '-', 1) AS INT), CAST(split_part(due, '-', 2) AS INT), 1)
                             + INTERVAL '1 month' - INTERVAL '1 day' AS DATE)
               ELSE CAST(due AS DATE)
           END
$$;
