-- schema version 5: each figure carries its region's level, and figures are stored in order of
-- level, indicator and period (refresh_figures.sql), so a page reading the provinces of one
-- indicator skips the millions of district rows; migrate() rebuilds the figures after this
alter table figures add column region_level varchar;
