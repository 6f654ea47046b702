-- gridfusion: the unified grids the last fit analysis suggested for a departmental grid, as text[] instead of
-- comma-separated text split in Java on every read (decision 0007 rule 5). Not searched in SQL, so no index.
-- string_to_array('', ',') is '{}': a grid with no suggestion keeps none.
ALTER TABLE gridfusion_grid ALTER COLUMN suggested DROP DEFAULT;
ALTER TABLE gridfusion_grid ALTER COLUMN suggested TYPE text[] USING string_to_array(suggested, ',');
ALTER TABLE gridfusion_grid ALTER COLUMN suggested SET DEFAULT '{}';
