-- one row per region of the view per period: $indicator's achievement in the $periods periods up to $period (one of regions_periods, so never past the data-up-to month), regions in ranking order
with

children as (
    -- the regencies of $parent; null (no $parent) means every region of $region_level
    select view_children($parent) as codes
),

view_regions as (
    select code, name
    from one_level_regions((select codes from children), $region_level)
),

indicator as (
    select code, direction, frequency
    from indicators
    where code = $indicator
),

periods as (
    -- the last $periods periods of the indicator's frequency, ending with $period
    select cast(unnest(generate_series(
        cast($period as date) - to_months(($periods - 1) * grain_months(frequency)),
        cast($period as date),
        to_months(grain_months(frequency))
    )) as date) as period
    from indicator
),

period_values as (
    select
        v.region_code,
        v.period,
        v.planned,
        v.actual,
        achievement_pct(v.planned_matched, v.actual_matched, i.direction) as achievement,
    from region_period_values((select codes from children), $region_level, null, null) as v
    inner join indicator as i on i.code = v.indicator_code
    where v.indicator_code = $indicator  -- a constant: it reaches the scan
        and v.period in (select period from periods)
),

grid as (
    -- every region and period, so a missing report is an empty cell, never 0
    select r.code as region_code, r.name as region_name, p.period
    from view_regions as r
    cross join periods as p
),

cells as (
    select
        g.region_code,
        g.region_name,
        g.period,
        v.planned,
        v.actual,
        v.achievement,
    from grid as g
    left join period_values as v on v.region_code = g.region_code and v.period = g.period
),

row_order as (
    -- the same order as the ranking of $period
    select
        region_code,
        row_number() over (order by achievement desc nulls last, region_name) as position,
    from cells
    where period = cast($period as date)
),

final as (
    select
        c.*,
        status_of(c.achievement, $on_track, $at_risk) as status,
        o.position,
    from cells as c
    inner join row_order as o on o.region_code = c.region_code
)

select * from final
order by position, period
