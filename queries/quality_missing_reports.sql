-- one row per expected report not received (indicator, region, period) in the last $periods periods at $grain, most overdue first
with

catalogue as (
    select code, name_id, name_en, frequency
    from program_indicators($program)
),

-- the regions looked at: every region, or the chosen one and its regencies
scope as (
    select * from region_scope($region)
),

-- the last $periods periods at $grain, up to the latest period due (as the completeness matrix)
missing as (
    select m.*
    from missing_as_of($program, $region, $as_of) as m
    inner join recent_periods_due($program, $region, $grain, $periods, $as_of) as d
        on d.indicator_code = m.indicator_code and d.period_start = m.period_start
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
