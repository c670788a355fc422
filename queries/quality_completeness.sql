-- one row per shown region per period at $grain (the last $periods periods), plus one total row per level of the reporting regions (region_code null): reports expected and received; a shown region (the chosen one first) counts the reports of every region under it
with

-- the regions looked at, each with its row (region_scope): provinces when nothing is chosen
scope as (
    select * from region_scope($region)
),

-- the reports due in the last $periods periods at $grain, up to the latest period due
shown as (
    select * from recent_reports_due($program, $region, $grain, $periods, $as_of)
),

-- a row per child of the chosen region (or province), the chosen region's row over all of
-- them (its own reports count there only), and a total per level of the reporting regions
counts as (
    select
        s.level as reporting_level,
        case
            when grouping(s.row_code) = 0 then s.row_code
            when grouping(e.period) = 0 then $region
        end as region_code,
        e.period,
        count(*) as expected,
        count(*) filter (where e.is_received) as received,
        count(distinct e.indicator_code) as indicators,
    from shown as e
    inner join scope as s on s.code = e.region_code
    group by grouping sets ((s.row_code, e.period), (s.level), (e.period))
    having not (grouping(s.row_code) = 0 and s.row_code is null)
        and not (grouping(s.row_code) = 1 and grouping(e.period) = 0 and $region is null)
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
        (select min(period) from shown) as first_shown,
        (select max(period) from shown) as last_shown,
    from counts as c
    left join regions as r on r.code = c.region_code
)

select * from final
order by
    region_code nulls first,
    case region_level when 'provinsi' then 1 when 'kabupaten_kota' then 2 else 3 end,
    region_code,
    period
