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

expected as (
    select *, period_floor(period_start, $grain) as period,
    from reports_due($program, $as_of)
    where region_code in (select code from scope)
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
