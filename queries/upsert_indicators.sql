-- inserts or updates indicators from the registered frame incoming_indicators, matched by code
-- (a frame without a weight_indicator, as an older upload's sheet, keeps the stored one)
insert into indicators by name
select * from incoming_indicators
union all by name
select null::varchar as code, null::varchar as weight_indicator where false
on conflict (code) do update set
    program_code = excluded.program_code,
    name_id = excluded.name_id,
    name_en = excluded.name_en,
    level = excluded.level,
    unit = excluded.unit,
    direction = excluded.direction,
    temporal = excluded.temporal,
    region_agg = excluded.region_agg,
    frequency = excluded.frequency,
    baseline_value = excluded.baseline_value,
    baseline_year = excluded.baseline_year,
    weight_indicator = coalesce(excluded.weight_indicator, indicators.weight_indicator);
