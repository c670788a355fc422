-- one row per period (the indicator's own frequency) of one money indicator, the chosen regions together
with

indicator as (
    select code, frequency from indicators where code = $indicator
),

series as (
    select s.*
    from series_values($regions, $region_level, null, false, $as_of) as s
    inner join indicator as i on i.code = s.indicator_code
    where s.indicator_code = $indicator  -- a constant: it reaches the scan
),

-- money adds up within a calendar year: the year-to-date lines start again each January
with_cumulative as (
    select
        *,
        sum(planned) over year_so_far as cum_planned,
        -- no line past the last period anybody reported
        if(actual is null, null, sum(actual) over year_so_far) as cum_actual,
        sum(planned_matched) over year_so_far as cum_planned_matched,
        if(actual is null, null, sum(actual_matched) over year_so_far) as cum_actual_matched,
    from series
    window year_so_far as (
        partition by year(period) order by period
        rows between unbounded preceding and current row
    )
),

final as (
    select
        period,
        planned,
        actual,
        achievement_pct(planned_matched, actual_matched, direction) as absorption,
        cum_planned,
        cum_actual,
        -- the regions that reported each period (like with like, what absorption compares)
        planned_matched as planned_reported,
        actual_matched as actual_reported,
        if(actual is null, null, cum_planned_matched) as cum_planned_reported,
        cum_actual_matched as cum_actual_reported,
        achievement_pct(cum_planned_matched, cum_actual_matched, direction) as cum_absorption,
        status_of(
            achievement_pct(cum_planned_matched, cum_actual_matched, direction),
            $on_track,
            $at_risk
        ) as cum_status,
        regions_reported,
        regions_expected,
        reports >= reports_due as is_complete,
    from with_cumulative
)

select * from final
order by period
