-- Issue 12 (unknown figures): an indicator may count in points de %, communes or a unit of the convention's own
-- (custom_unit, when unit = 'OTHER'); a signed indicator's values are changes that may be negative (« −12 % »,
-- « +3 points ») and are shown with their sign. The unit column has no list to widen (TEXT, checked by the application).
ALTER TABLE evaluation.indicator ADD COLUMN custom_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE evaluation.indicator ADD COLUMN signed BOOLEAN NOT NULL DEFAULT false;
