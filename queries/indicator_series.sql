-- one row per series (each region, or the chosen regions together) per period at $grain, for one indicator, data up to $as_of
with

series as (
    select *
    from series_values($regions, $region_level, $grain, $by_region, $as_of)
    where indicator_code = $indicator
),

region_names as (
    select code, name from regions
),

with_cumulative as (
    -- flows add up within a calendar year; a stock's level is never summed over time; the
    -- year-to-date actual stops at the last period anybody reported (no flat line past it)
    select
        *,
        if(temporal = 'flow', sum(planned) over year_so_far, null) as cum_planned,
        if(temporal = 'flow' and is_reported(actual), sum(actual) over year_so_far, null)
            as cum_actual,
        if(temporal = 'flow' and is_reported(actual), sum(planned_matched) over year_so_far, null)
            as cum_planned_matched,
        if(temporal = 'flow' and is_reported(actual), sum(actual_matched) over year_so_far, null)
            as cum_actual_matched,
    from series
    window year_so_far as (
        partition by series, year(period) order by period
        rows between unbounded preceding and current row
    )
),

final as (
    select
        s.series,
        coalesce(n.name, '*') as series_name,
        s.period,
        -- planned: every region chosen; *_reported: only the regions that reported the period
        -- (like with like, what an achievement compares)
        s.planned,
        s.actual,
        s.planned_matched as planned_reported,
        s.actual_matched as actual_reported,
        achievement_pct(s.planned_matched, s.actual_matched, s.direction) as achievement,
        status_of(
            achievement_pct(s.planned_matched, s.actual_matched, s.direction), $on_track, $at_risk
        ) as status,
        s.cum_planned,
        s.cum_actual,
        s.cum_planned_matched as cum_planned_reported,
        s.cum_actual_matched as cum_actual_reported,
        achievement_pct(s.cum_planned_matched, s.cum_actual_matched, s.direction) as cum_achievement,
        s.regions_reported,
        s.regions_expected,
        s.reports,
        s.reports_due,
        s.reports >= s.reports_due as is_complete,
        s.parts,
        s.parts_reported,
        s.parts_level,
        s.unweighted,
    from with_cumulative as s
    left join region_names as n on n.code = s.series
)

select * from final
order by series, period
