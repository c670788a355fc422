-- inserts or updates regions from the registered frame incoming_regions, matched by code (a
-- frame without a type, as an upload's regions sheet, keeps the type already stored)
insert into regions by name
select * from incoming_regions
union all by name
select null::varchar as code, null::varchar as type where false  -- gives the frame a type
on conflict (code) do update set
    name = excluded.name,
    level = excluded.level,
    parent_code = excluded.parent_code,
    type = coalesce(excluded.type, regions.type);
