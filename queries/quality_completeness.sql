-- one row per shown region per period at $grain (the last $periods periods), plus one total row per level of the reporting regions (region_code null): reports expected and received; a shown region (the chosen one first) counts the reports of every region under it
with

-- the regions looked at, each with its row (region_scope): provinces when nothing is chosen
scope as (
    select * from region_scope($region)
),

-- the periods due in the last $periods periods at $grain, up to the latest period due
due_periods as materialized (
    select * from recent_periods_due($program, $region, $grain, $periods, $as_of)
),

due as (
    select indicator_code, period, count(*) as periods
    from due_periods
    group by all
),

-- how many regions take part in each indicator, per row and level: expected reports are
-- regions x periods due, counted rather than listed (millions of district reports)
taking as (
    select t.indicator_code, s.row_code, s.level, count(*) as regions
    from taking_part($program, $region, $as_of) as t
    inner join scope as s on s.code = t.region_code
    group by all
),

expected as (
    select t.row_code, t.level, d.period, t.indicator_code, t.regions * d.periods as expected,
    from taking as t
    inner join due as d on d.indicator_code = t.indicator_code
),

-- the reports due and not received in those periods (missing_reports, kept with the figures):
-- received is expected less missing, so no report is read one by one
missed as (
    select s.row_code, s.level, d.period, m.indicator_code, count(*) as missing,
    from missing_as_of($program, $region, $as_of) as m
    inner join due_periods as d
        on d.indicator_code = m.indicator_code and d.period_start = m.period_start
    inner join scope as s on s.code = m.region_code
    group by all
),

cells as (
    select e.*, e.expected - coalesce(m.missing, 0) as received,
    from expected as e
    left join missed as m
        on m.row_code is not distinct from e.row_code
        and m.level = e.level
        and m.period = e.period
        and m.indicator_code = e.indicator_code
),

-- a row per child of the chosen region (or province), the chosen region's row over all of
-- them (its own reports count there only), and a total per level of the reporting regions
counts as (
    select
        level as reporting_level,
        case
            when grouping(row_code) = 0 then row_code
            when grouping(period) = 0 then $region
        end as region_code,
        period,
        cast(sum(expected) as bigint) as expected,
        cast(sum(received) as bigint) as received,
        count(distinct indicator_code) as indicators,
    from cells
    group by grouping sets ((row_code, period), (level), (period))
    having not (grouping(row_code) = 0 and row_code is null)
        and not (grouping(row_code) = 1 and grouping(period) = 0 and $region is null)
),

final as (
    select
        coalesce(r.level, c.reporting_level) as region_level,
        c.region_code,
        r.name as region_name,
        r.parent_code,
        c.period,
        c.expected,
        c.received,
        c.expected - c.received as missing,
        100.0 * c.received / c.expected as completeness,
        c.indicators,
        (select min(period) from due_periods) as first_shown,
        (select max(period) from due_periods) as last_shown,
    from counts as c
    left join regions as r on r.code = c.region_code
)

select * from final
order by
    region_code nulls first,
    case region_level when 'provinsi' then 1 when 'kabupaten_kota' then 2 else 3 end,
    region_code,
    period
