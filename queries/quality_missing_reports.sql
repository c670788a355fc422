-- one row per expected report not received (indicator, region, period) in the last $periods periods at $grain, most overdue first
with

catalogue as (
    select code, name_id, name_en, frequency
    from indicators
    where $program is null or program_code = $program
),

-- the regions looked at: every region, or the chosen one and its regencies
scope as (
    select code, name, level, parent_code
    from regions
    where $region is null or code = $region or parent_code = $region
),

-- only periods that have ended by the end of the month $as_of
counted as (
    select o.indicator_code, o.region_code, o.period_start, o.planned, o.actual, o.note, c.frequency
    from observations as o
    inner join catalogue as c on c.code = o.indicator_code
    where $as_of is null
        or o.period_start + to_months(grain_months(c.frequency))
            <= cast($as_of as date) + interval 1 month
),

-- a region takes part in an indicator once it has any row for it (a target or a report)
taking_part as (
    select distinct c.indicator_code, c.region_code
    from counted as c
    inner join scope as s on s.code = c.region_code
),

-- an indicator's periods due: from the first period anyone reported to the last one
reported_span as (
    select
        indicator_code,
        frequency,
        min(period_start) as first_period,
        max(period_start) as last_period,
    from counted
    where actual is not null
    group by all
),

periods_due as (
    select
        indicator_code,
        frequency,
        cast(
            unnest(
                generate_series(first_period, last_period, to_months(grain_months(frequency)))
            ) as date
        ) as period_start,
    from reported_span
),

expected as (
    select
        d.indicator_code,
        d.frequency,
        t.region_code,
        d.period_start,
        period_floor(d.period_start, $grain) as period,
        c.actual is not null as is_received,
        c.planned,
        c.note,
    from periods_due as d
    inner join taking_part as t on t.indicator_code = d.indicator_code
    left join counted as c
        on c.indicator_code = d.indicator_code
        and c.region_code = t.region_code
        and c.period_start = d.period_start
),

-- the last $periods periods at $grain, up to the latest period due (as the completeness matrix)
missing as (
    select *
    from expected
    where not is_received
        and period > (select max(period) from expected)
            - to_months(grain_months($grain) * $periods)
),

-- a report is due $grace_days days after its period ends
deadlines as (
    select
        *,
        cast(period_start + to_months(grain_months(frequency)) - interval 1 day as date)
            as period_end,
        cast(
            period_start + to_months(grain_months(frequency)) - interval 1 day
            + to_days(cast($grace_days as integer)) as date
        ) as due_date,
    from missing
),

final as (
    select
        d.indicator_code,
        c.name_id,
        c.name_en,
        d.frequency,
        d.region_code,
        s.name as region_name,
        s.level as region_level,
        d.period_start,
        d.period_end,
        d.due_date,
        date_diff('day', d.due_date, cast($today as date)) as days_overdue,
        d.planned,
        d.note,
    from deadlines as d
    inner join catalogue as c on c.code = d.indicator_code
    inner join scope as s on s.code = d.region_code
)

select * from final
order by days_overdue desc, indicator_code, region_code
