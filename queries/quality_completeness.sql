-- one row per region per period at $grain (the last $periods periods), plus one total row per region level (region_code null): reports expected and received
with

catalogue as (
    select code, frequency
    from indicators
    where $program is null or program_code = $program
),

-- the regions looked at: every region, or the chosen one and its regencies
scope as (
    select code, name, level, parent_code
    from regions
    where $region is null or code = $region or parent_code = $region
),

-- only periods that have ended by the end of the month $as_of
counted as (
    select o.indicator_code, o.region_code, o.period_start, o.actual, c.frequency
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
        frequency,
        min(period_start) as first_period,
        max(period_start) as last_period,
    from counted
    where actual is not null
    group by all
),

periods_due as (
    select
        indicator_code,
        frequency,
        cast(
            unnest(
                generate_series(first_period, last_period, to_months(grain_months(frequency)))
            ) as date
        ) as period_start,
    from reported_span
),

expected as (
    select
        d.indicator_code,
        t.region_code,
        d.period_start,
        period_floor(d.period_start, $grain) as period,
        c.actual is not null as is_received,
    from periods_due as d
    inner join taking_part as t on t.indicator_code = d.indicator_code
    left join counted as c
        on c.indicator_code = d.indicator_code
        and c.region_code = t.region_code
        and c.period_start = d.period_start
),

-- the last $periods periods at $grain, up to the latest period due
shown as (
    select *
    from expected
    where period > (select max(period) from expected)
        - to_months(grain_months($grain) * $periods)
),

counts as (
    select
        s.level as region_level,
        e.region_code,
        e.period,
        count(*) as expected,
        count(*) filter (where e.is_received) as received,
        count(distinct e.indicator_code) as indicators,
    from shown as e
    inner join scope as s on s.code = e.region_code
    group by grouping sets ((s.level, e.region_code, e.period), (s.level))
),

final as (
    select
        c.region_level,
        c.region_code,
        s.name as region_name,
        s.parent_code,
        c.period,
        c.expected,
        c.received,
        c.expected - c.received as missing,
        100.0 * c.received / c.expected as completeness,
        c.indicators,
        (select min(period) from shown) as first_shown,
        (select max(period) from shown) as last_shown,
    from counts as c
    left join scope as s on s.code = c.region_code
)

select * from final
order by
    region_code nulls first,
    region_level desc,
    coalesce(parent_code, region_code),
    parent_code nulls first,
    region_code,
    period
