-- The coverage rate the diagnostic computes (register places for children under 3 / children under 3 entered in the
-- diagnostic), as a library indicator of its own: the Cnaf/ONPE rate (I06) counts assistants maternels and
-- préscolarisation the register does not hold, and stays entered by hand.
INSERT INTO evaluation.standard_indicator (code, name, definition, unit, direction, source, computation, position) VALUES
('I06C', 'Taux de couverture petite enfance (registre)', 'Places des EAJE et MAM du registre des équipements / enfants de moins de 3 ans du diagnostic × 100.', 'PERCENT', 'HIGHER_IS_BETTER', 'Diagnostic partagé', 'COVERAGE_UNDER_3', 5)
ON CONFLICT DO NOTHING;
