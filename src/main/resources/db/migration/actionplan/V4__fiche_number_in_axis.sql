-- Issue 12: a fiche may carry its own number within its axis as printed (content.numberInAxis, « 2.3 »), unique in the
-- axis (checked by the application with a French message; this index is the backstop), be flagged « commune à toutes
-- les CTG » (content.commonToAll) and have a realisation date, possibly past (content.realisedOn).
CREATE UNIQUE INDEX fiche_number_in_axis_idx ON actionplan.fiche (axis_id, (content ->> 'numberInAxis'))
    WHERE coalesce(content ->> 'numberInAxis', '') <> '';
