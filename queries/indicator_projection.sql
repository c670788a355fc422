-- one row per future period of one indicator (after the last period reported up to $as_of), up
-- to its programme's end: the projected actual of every region chosen, against their full plan.
-- A region that has not reported a period counts at the pace (actual / planned) of the regions
-- that did; a period nobody reported, at the recent run rate. Stock: a linear fit (x in months)
-- of the last $last_n such estimates; flow: each coming period's plan x the recent run rate
with

indicator as (
    select i.code, i.direction, i.temporal, i.frequency, p.end_date,
    from indicators as i
    inner join programs as p on p.code = i.program_code
    where i.code = $indicator
),

series as (
    select *
    from series_values($regions, $region_level, null, false, $as_of)
    where indicator_code = $indicator
),

-- the plan of every period, later ones included: what the projection is judged against
plans as (
    select period, planned
    from series_values($regions, $region_level, null, false, null)
    where indicator_code = $indicator
),

-- each reported period's actual for all the regions chosen: the reporters' own actual, scaled
-- to the full plan at the reporters' pace
estimated as (
    select
        period,
        planned,
        planned_matched,
        actual_matched,
        regions_reported,
        regions_expected,
        if(
            planned_matched > 0 and planned is not null,
            actual_matched / planned_matched * planned,
            actual
        ) as estimated_actual,
    from series
    where is_reported(actual)
),

recent as (
    select *
    from estimated
    qualify row_number() over (order by period desc) <= $last_n
),

fit as (
    select
        regr_slope(estimated_actual, year(period) * 12 + month(period)) as slope,
        regr_intercept(estimated_actual, year(period) * 12 + month(period)) as intercept,
        sum(actual_matched) / nullif(sum(planned_matched), 0) as run_rate,
        max(period) as last_period,
        count(*) as periods_used,
        arg_max(regions_reported, period) as regions_reported,
        arg_max(regions_expected, period) as regions_expected,
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
        f.regions_reported,
        f.regions_expected,
        i.temporal,
        i.direction,
    from future_periods as p
    cross join fit as f
    cross join indicator as i
    left join plans as s on s.period = p.period
),

-- flows: the year so far, every region chosen: reported actuals, the rest at the pace above
year_so_far as (
    select
        year(p.period) as year,
        sum(p.planned) as cum_planned,
        sum(coalesce(e.estimated_actual, p.planned * f.run_rate)) as cum_actual,
        sum(coalesce(e.actual_matched, 0)) as cum_actual_reported,
        sum(p.planned - coalesce(e.planned_matched, 0)) as planned_not_reported,
    from plans as p
    cross join fit as f
    left join estimated as e on e.period = p.period
    where p.period <= f.last_period
    group by year(p.period)
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
        -- how much of this year's plan so far belongs to regions that have not reported
        if(p.temporal = 'flow', coalesce(a.planned_not_reported, 0), null)
            as planned_not_reported,
    from projected as p
    left join year_so_far as a on a.year = year(p.period)
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
