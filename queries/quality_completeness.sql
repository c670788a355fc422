-- one row per region per period at $grain (the last $periods periods), plus one total row per region level (region_code null): reports expected and received
with

-- the regions looked at: every region, or the chosen one and its regencies
scope as (
    select * from region_scope($region)
),

-- the reports due in the last $periods periods at $grain, up to the latest period due
shown as (
    select * from recent_reports_due($program, $region, $grain, $periods, $as_of)
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
