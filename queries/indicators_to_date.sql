-- one row per indicator (of $program, or all), data up to $as_of: latest period, values to date
-- (like with like), the year's full plan, achievement and status
with

catalogue as (
    select
        i.*,
        p.name_id as program_name_id,
        p.name_en as program_name_en,
    from program_indicators($program) as i
    inner join programs as p on p.code = i.program_code
),

series as (
    select s.*
    from series_values($regions, $region_level, null, false, $as_of) as s
    inner join catalogue as c on c.code = s.indicator_code
),

latest as (
    select indicator_code, max(period) as latest_period
    from series
    where is_reported(actual)
    group by indicator_code
),

-- flow: cumulative over matched cells from January of the latest period's year
flow_to_date as (
    select
        s.indicator_code,
        sum(s.planned_matched) as planned_to_date,
        sum(s.actual_matched) as actual_to_date,
    from series as s
    inner join latest as l on l.indicator_code = s.indicator_code
    where s.temporal = 'flow'
        and year(s.period) = year(l.latest_period)
        and s.period <= l.latest_period
    group by s.indicator_code
),

-- stock: the latest period that has both planned and actual
stock_to_date as (
    select
        indicator_code,
        arg_max(planned_matched, period) as planned_to_date,
        arg_max(actual_matched, period) as actual_to_date,
    from series
    where temporal = 'stock' and planned_matched is not null and actual_matched is not null
    group by indicator_code
),

to_date as (
    select * from flow_to_date
    union all by name
    select * from stock_to_date
),

-- the plan for the whole year of the latest period, every region chosen and every period of
-- it (later ones included): flows add up, a stock's target is its last one in the year
year_plan as (
    select
        s.indicator_code,
        if(
            any_value(s.temporal) = 'flow',
            sum(s.planned),
            arg_max(s.planned, s.period) filter (where s.planned is not null)
        ) as planned_year,
    from series_values($regions, $region_level, null, false, null) as s
    inner join latest as l on l.indicator_code = s.indicator_code
    where year(s.period) = year(l.latest_period)
    group by s.indicator_code
),

at_latest as (
    select s.*
    from series as s
    inner join latest as l on l.indicator_code = s.indicator_code and l.latest_period = s.period
),

trend as (
    -- the last twelve periods' achievement, oldest first, for a small trend line
    select
        indicator_code,
        list(achievement_pct(planned_matched, actual_matched, direction) order by period)
            as trend,
    from (
        select *, row_number() over (partition by indicator_code order by period desc) as age
        from series
        where is_reported(actual)
    )
    where age <= 12
    group by indicator_code
),

final as (
    select
        c.program_code,
        c.program_name_id,
        c.program_name_en,
        c.code as indicator_code,
        c.name_id,
        c.name_en,
        c.level,
        c.unit,
        c.direction,
        c.temporal,
        c.frequency,
        c.baseline_value,
        l.latest_period,
        -- the latest period like with like (the plan of the regions that reported it); with no
        -- target anywhere the actual stands alone
        a.planned_matched as latest_planned,
        if(a.planned_matched is null, a.actual, a.actual_matched) as latest_actual,
        a.planned as latest_planned_all,
        y.planned_year,
        d.planned_to_date,
        d.actual_to_date,
        achievement_pct(d.planned_to_date, d.actual_to_date, c.direction) as achievement,
        status_of(
            achievement_pct(d.planned_to_date, d.actual_to_date, c.direction), $on_track, $at_risk
        ) as status,
        progress_pct(c.baseline_value, d.planned_to_date, d.actual_to_date) as progress,
        a.regions_reported,
        a.regions_expected,
        -- the latest period's figures rolled up from parts: how many parts, how many reported
        a.parts,
        a.parts_reported,
        a.parts_level,
        c.region_agg = 'mean' and c.weight_indicator is null as unweighted,
        t.trend,
    from catalogue as c
    left join latest as l on l.indicator_code = c.code
    left join at_latest as a on a.indicator_code = c.code
    left join to_date as d on d.indicator_code = c.code
    left join trend as t on t.indicator_code = c.code
    left join year_plan as y on y.indicator_code = c.code
)

select * from final
order by program_code, indicator_code
