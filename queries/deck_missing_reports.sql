-- one row per report due and not received (indicator, region, period) for the indicators of $program, newest first, at most $limit rows
with

catalogue as (
    select code, name_id, name_en, frequency
    from indicators
    where program_code = $program
),

-- the regions looked at, on one level (the 38 provinces when $regions is null)
scope as (
    select code, name
    from one_level_regions($regions, $region_level)
),

-- only periods that have ended by the end of the month $as_of
counted as (
    select o.indicator_code, o.region_code, o.period_start, o.actual
    from observations as o
    inner join catalogue as c on c.code = o.indicator_code
    where $as_of is null
        or o.period_start + to_months(grain_months(c.frequency))
            <= cast($as_of as date) + interval 1 month
),

-- a region takes part in an indicator once it has any row for it (a target or a report)
taking_part as (
    select distinct c.indicator_code, c.region_code
    from counted as c
    inner join scope as s on s.code = c.region_code
),

-- an indicator's periods due: from the first period anyone reported to the last one
reported_span as (
    select
        indicator_code,
        min(period_start) as first_period,
        max(period_start) as last_period,
    from counted
    where actual is not null
    group by indicator_code
),

periods_due as (
    select
        r.indicator_code,
        cast(
            unnest(
                generate_series(r.first_period, r.last_period, to_months(grain_months(c.frequency)))
            ) as date
        ) as period_start,
    from reported_span as r
    inner join catalogue as c on c.code = r.indicator_code
),

missing as (
    select d.indicator_code, t.region_code, d.period_start
    from periods_due as d
    inner join taking_part as t on t.indicator_code = d.indicator_code
    left join counted as c
        on c.indicator_code = d.indicator_code
        and c.region_code = t.region_code
        and c.period_start = d.period_start
    where c.actual is null
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
