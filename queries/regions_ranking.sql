-- one row per region of the view (every region of $region_level, or the regencies of $parent): $indicator's achievement in $period (one of regions_periods, so never past the data-up-to month), best first, regions without one last
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
    select code, direction
    from indicators
    where code = $indicator
),

period_values as (
    select
        v.region_code,
        v.planned,
        v.actual,
        achievement_pct(v.planned_matched, v.actual_matched, i.direction) as achievement,
        -- a figure rolled up from its parts: how many it has and how many reported
        v.parts,
        v.parts_reported,
        v.parts_level,
    from region_period_values((select codes from children), $region_level, null, null) as v
    inner join indicator as i on i.code = v.indicator_code
    where v.indicator_code = $indicator  -- a constant: it reaches the scan
        and v.period = cast($period as date)
),

achievements as (
    -- every region of the view, reported or not: a missing report is no data, never 0
    select
        r.code as region_code,
        r.name as region_name,
        p.planned,
        p.actual,
        p.achievement,
        p.parts,
        p.parts_reported,
        p.parts_level,
    from view_regions as r
    left join period_values as p on p.region_code = r.code
),

final as (
    select
        *,
        status_of(achievement, $on_track, $at_risk) as status,
        row_number() over (order by achievement desc nulls last, region_name) as position,
        count(*) filter (where is_reported(actual)) over () as regions_reported,
        count(*) over () as regions_expected,
    from achievements
)

select * from final
order by position
