-- one row per region shown (and one, series '*', for the chosen regions together): money absorption against output achievement, to date
with

pair as (
    select * from money_and_output($indicator, $output)
),

series as (
    select s.*, p.is_money
    from total_and_part_series($regions, $region_level, $as_of) as s
    inner join pair as p on p.code = s.indicator_code
    where s.indicator_code in ($indicator, $output)  -- a constant: it reaches the scan
),

-- each indicator's own "to date": its latest period anybody reported, the same for every row
latest as (
    select indicator_code, max(period) as latest_period
    from series
    where series = '*' and is_reported(actual)
    group by indicator_code
),

-- flow: cumulative over matched cells from January of the latest period's year
flow_to_date as (
    select
        s.indicator_code,
        s.series,
        sum(s.planned_matched) as planned_to_date,
        sum(s.actual_matched) as actual_to_date,
    from series as s
    inner join latest as l on l.indicator_code = s.indicator_code
    where s.temporal = 'flow'
        and year(s.period) = year(l.latest_period)
        and s.period <= l.latest_period
    group by all
),

-- stock: the latest period up to then that has both planned and actual
stock_to_date as (
    select
        s.indicator_code,
        s.series,
        arg_max(s.planned_matched, s.period) as planned_to_date,
        arg_max(s.actual_matched, s.period) as actual_to_date,
    from series as s
    inner join latest as l on l.indicator_code = s.indicator_code
    where s.temporal = 'stock'
        and s.period <= l.latest_period
        and s.planned_matched is not null
        and s.actual_matched is not null
    group by all
),

to_date as (
    select
        d.*,
        p.is_money,
        achievement_pct(d.planned_to_date, d.actual_to_date, p.direction) as achievement,
    from (select * from flow_to_date union all by name select * from stock_to_date) as d
    inner join pair as p on p.code = d.indicator_code
),

shown as (
    select distinct series from series
),

both_sides as (
    select
        s.series,
        m.achievement as absorption,
        o.achievement as output_achievement,
    from shown as s
    left join to_date as m on m.series = s.series and m.is_money
    left join to_date as o on o.series = s.series and not o.is_money
),

final as (
    select
        b.series,
        coalesce(r.name, '*') as series_name,
        b.series = '*' as is_total,
        (select latest_period from latest where indicator_code = $indicator) as money_period,
        (select latest_period from latest where indicator_code = $output) as output_period,
        b.absorption,
        status_of(b.absorption, $on_track, $at_risk) as absorption_status,
        b.output_achievement,
        status_of(b.output_achievement, $on_track, $at_risk) as output_status,
        -- high means at or above the on-track threshold, on each axis
        case
            when b.absorption is null or b.output_achievement is null then 'no_data'
            when b.absorption >= $on_track and b.output_achievement >= $on_track
                then 'money_and_results'
            when b.absorption >= $on_track then 'money_without_results'
            when b.output_achievement >= $on_track then 'results_without_money'
            else 'both_behind'
        end as quadrant,
    from both_sides as b
    left join regions as r on r.code = b.series
)

select * from final
order by is_total desc, series
