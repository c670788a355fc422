-- one row per report due and not received (indicator, region, period) for the indicators of $program, newest first, at most $limit rows
with

catalogue as (
    select code, name_id, name_en, frequency
    from indicators
    where program_code = $program
),

-- the regions looked at (the 38 provinces when $regions is null) and their parts: reports
-- come from wherever the data are entered, mostly regencies
scope as (
    select r.code, r.name
    from regions as r
    inner join one_level_regions($regions, $region_level) as s
        on r.code = s.code or starts_with(r.code, s.code || '.')
),

missing as (
    select indicator_code, region_code, period_start
    from missing_as_of($program, null, $as_of)
    where region_code in (select code from scope)
),

final as (
    select
        m.indicator_code,
        c.name_id,
        c.name_en,
        c.frequency,
        m.region_code,
        s.name as region_name,
        m.period_start,
        count(*) over () as missing_total,
    from missing as m
    inner join catalogue as c on c.code = m.indicator_code
    inner join scope as s on s.code = m.region_code
)

select * from final
order by period_start desc, indicator_code, region_code
limit $limit
