-- schema version 2: a region's type (provinsi, kabupaten, kota, kecamatan, distrik) beside its
-- level, and every region of the catalogue (the frame catalog_regions, data/catalog/regions.csv)
-- that the database lacks: an existing database learns the whole country's hierarchy
alter table regions add column type varchar;

insert into regions by name
select code, name, level, parent_code, type
from catalog_regions
where code not in (select code from regions);

update regions
set type = c.type
from catalog_regions as c
where regions.code = c.code and regions.type is null;
