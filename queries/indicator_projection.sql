-- one row per future period of one indicator, up to its programme's end: the projected actual
-- stock: a linear fit (x in months) of the last $last_n actuals; flow: each period's plan x the
-- recent run rate (actual / planned over matched cells)
with

indicator as (
    select i.code, i.direction, i.temporal, i.frequency, p.end_date,
    from indicators as i
    inner join programs as p on p.code = i.program_code
    where i.code = $indicator
),

series as (
    select *
    from series_values($regions, $region_level, null, false)
    where indicator_code = $indicator
),

recent as (
    select *
    from series
    where actual is not null
    qualify row_number() over (order by period desc) <= $last_n
),

fit as (
    select
        regr_slope(actual, year(period) * 12 + month(period)) as slope,
        regr_intercept(actual, year(period) * 12 + month(period)) as intercept,
        sum(actual_matched) / nullif(sum(planned_matched), 0) as run_rate,
        max(period) as last_period,
        count(*) as periods_used,
    from recent
),

future_periods as (
    select cast(unnest(generate_series(
        f.last_period + to_months(grain_months(i.frequency)),
        cast(i.end_date as timestamp),
        to_months(grain_months(i.frequency))
    )) as date) as period
    from fit as f, indicator as i
),

projected as (
    select
        p.period,
        s.planned,
        if(
            i.temporal = 'stock',
            greatest(f.intercept + f.slope * (year(p.period) * 12 + month(p.period)), 0),
            s.planned * f.run_rate
        ) as projected_actual,
        f.periods_used,
        f.run_rate,
        i.temporal,
        i.direction,
    from future_periods as p
    cross join fit as f
    cross join indicator as i
    left join series as s on s.period = p.period
),

-- flows: the year so far (like with like), so the projection starts from what was reported
actual_so_far as (
    select
        year(period) as year,
        sum(actual_matched) as cum_actual,
        sum(planned_matched) as cum_planned,
    from series
    where period <= (select last_period from fit)
    group by year(period)
),

final as (
    select
        p.*,
        if(
            p.temporal = 'flow',
            coalesce(a.cum_actual, 0)
                + sum(p.projected_actual) over (partition by year(p.period) order by p.period),
            null
        ) as projected_cum_actual,
        if(
            p.temporal = 'flow',
            coalesce(a.cum_planned, 0)
                + sum(p.planned) over (partition by year(p.period) order by p.period),
            null
        ) as cum_planned,
    from projected as p
    left join actual_so_far as a on a.year = year(p.period)
)

select
    *,
    if(
        temporal = 'flow',
        achievement_pct(cum_planned, projected_cum_actual, direction),
        achievement_pct(planned, projected_actual, direction)
    ) as projected_achievement,
    status_of(
        if(
            temporal = 'flow',
            achievement_pct(cum_planned, projected_cum_actual, direction),
            achievement_pct(planned, projected_actual, direction)
        ),
        $on_track,
        $at_risk
    ) as projected_status,
from final
order by period
