-- inserts or updates regions from the registered frame incoming_regions, matched by code
insert or replace into regions by name
select * from incoming_regions
