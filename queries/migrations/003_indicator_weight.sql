-- schema version 3: the indicator whose value weights a mean indicator's roll-up (a poverty
-- rate by population, an attendance rate by households); filled from the catalogue frame
-- catalog_indicators (data/catalog/indicators.csv) for the indicators the database has
alter table indicators add column weight_indicator varchar;

update indicators
set weight_indicator = c.weight_indicator
from catalog_indicators as c
where indicators.code = c.code;
