-- inserts or updates indicators from the registered frame incoming_indicators, matched by code
insert or replace into indicators by name
select * from incoming_indicators
