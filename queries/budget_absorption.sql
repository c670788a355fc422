-- one row per region shown (and one, series '*', for the chosen regions together): a money indicator's absorption year to date
with

indicator as (
    select code, frequency, direction from indicators where code = $indicator
),

-- the data up to $as_of, and (for the year's plan) every period, later ones included
-- (a constant filter, not a join: it reaches the scan of the figures)
series as (
    select *
    from total_and_part_series($regions, $region_level, $as_of)
    where indicator_code = $indicator
),

all_series as (
    select *
    from total_and_part_series($regions, $region_level, null)
    where indicator_code = $indicator
),

-- one range for every row: January of the year of the latest period anybody reported, up to it
latest as (
    select max(period) as latest_period
    from series
    where series = '*' and is_reported(actual)
),

year_to_date as (
    select
        s.series,
        sum(s.planned_matched) as planned_to_date,
        sum(s.actual_matched) as actual_to_date,
        sum(s.planned) as planned_all_to_date,
        sum(s.reports) as reports,
        sum(s.reports_due) as reports_due,
    from series as s
    cross join latest as l
    where year(s.period) = year(l.latest_period) and s.period <= l.latest_period
    group by s.series
),

-- the plan for the whole year, periods not yet due included
year_plan as (
    select s.series, sum(s.planned) as planned_year
    from all_series as s
    cross join latest as l
    where year(s.period) = year(l.latest_period)
    group by s.series
),

at_latest as (
    select s.series, s.regions_reported, s.regions_expected
    from series as s
    inner join latest as l on l.latest_period = s.period
),

final as (
    select
        y.series,
        coalesce(r.name, '*') as series_name,
        y.series = '*' as is_total,
        l.latest_period,
        make_date(year(l.latest_period), 1, 1) as range_start,
        -- the last month the range covers (a quarter ending in September: September)
        cast(l.latest_period + to_months(grain_months(i.frequency) - 1) as date) as range_end_month,
        p.planned_year,
        y.planned_all_to_date,
        y.planned_to_date,
        y.actual_to_date,
        achievement_pct(y.planned_to_date, y.actual_to_date, i.direction) as absorption,
        status_of(
            achievement_pct(y.planned_to_date, y.actual_to_date, i.direction), $on_track, $at_risk
        ) as status,
        y.reports,
        y.reports_due,
        a.regions_reported,
        a.regions_expected,
    from year_to_date as y
    cross join latest as l
    cross join indicator as i
    left join year_plan as p on p.series = y.series
    left join at_latest as a on a.series = y.series
    left join regions as r on r.code = y.series
)

select * from final
order by is_total desc, series
