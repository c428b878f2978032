-- The portfolio is ordered, paged and counted in SQL (issue 15): its order (end, title, id) read from an index.
-- The access rule uses the GIN indexes of the footprint arrays (V1, V2).
CREATE INDEX convention_portfolio_order_idx ON convention.convention (end_date, title, id);
