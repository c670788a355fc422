-- one row per observation per check it fails (a jump, far above planned, negative, over 100 %) in the last $periods periods at $grain
with

catalogue as (
    select code, name_id, name_en, unit, temporal, frequency
    from program_indicators($program)
),

-- the regions looked at: every region, or the chosen one and its regencies
scope as (
    select * from region_scope($region)
),

-- the last $periods periods at $grain, up to the latest period anyone reported
latest as (
    select max(period_floor(p.period_start, $grain)) as last_period
    from indicator_periods as p
    inner join catalogue as c on c.code = p.indicator_code
    where p.reported and period_ended(p.period_start, c.frequency, $as_of)
),

-- each indicator's periods in that window (indicator_periods lists every period with a row)
shown_periods as (
    select p.indicator_code, p.period_start
    from indicator_periods as p
    inner join catalogue as c on c.code = p.indicator_code
    cross join latest as l
    where period_ended(p.period_start, c.frequency, $as_of)
        and period_floor(p.period_start, $grain)
            > l.last_period - to_months(grain_months($grain) * $periods)
),

-- the rows of the window: a region's own rows of the figures (parts null), which carry each
-- report's previous report and recent median (report_histories). Joined on the window's
-- periods, so the scan skips the stored rows of earlier periods
cells as (
    select
        f.indicator_code,
        c.unit,
        c.temporal,
        f.region_code,
        f.period_start,
        f.planned,
        f.actual,
        f.previous_actual,
        f.history_median,
    from figures as f
    inner join shown_periods as w
        on w.indicator_code = f.indicator_code and w.period_start = f.period_start
    inner join catalogue as c on c.code = f.indicator_code
    inner join scope as s on s.code = f.region_code
    where f.parts is null
),

-- each row of the window with the checks it fails, in one pass (most fail none):
-- a stock's level moving by more than $stock_jump (a share) from the previous report; a flow
-- more than $flow_spike times its usual size (the median of the reports before it); an actual
-- more than $above_planned times its planned value; values that cannot be (a negative number,
-- a percentage above 100), actual or planned
checked as (
    select
        *,
        list_filter(
            [
                if(
                    temporal = 'stock'
                        and previous_actual > 0
                        and abs(actual - previous_actual) / previous_actual > $stock_jump,
                    {'rule': 'stock_jump', 'field': 'actual'},
                    null
                ),
                if(
                    temporal = 'flow' and history_median > 0 and actual > $flow_spike * history_median,
                    {'rule': 'flow_spike', 'field': 'actual'},
                    null
                ),
                if(
                    planned > 0 and actual > $above_planned * planned,
                    {'rule': 'above_planned', 'field': 'actual'},
                    null
                ),
                if(actual < 0, {'rule': 'negative', 'field': 'actual'}, null),
                if(planned < 0, {'rule': 'negative', 'field': 'planned'}, null),
                if(unit = 'persen' and actual > 100, {'rule': 'over_100', 'field': 'actual'}, null),
                if(unit = 'persen' and planned > 100, {'rule': 'over_100', 'field': 'planned'}, null),
            ],
            lambda failed: failed is not null
        ) as failed,
    from cells
),

-- one row per check failed, with the value it was compared with (none for impossible values)
checks as (
    select
        rule,
        indicator_code,
        region_code,
        period_start,
        field,
        value,
        reference,
        value / reference as ratio,
        (value - reference) / reference * 100 as change_pct,
    from (
        select
            c.*,
            c.failed.rule as rule,
            c.failed.field as field,
            if(c.failed.field = 'actual', c.actual, c.planned) as value,
            case c.failed.rule
                when 'stock_jump' then c.previous_actual
                when 'flow_spike' then c.history_median
                when 'above_planned' then c.planned
            end as reference,
        from (
            select * exclude (failed), unnest(failed) as failed
            from checked
            where len(failed) > 0
        ) as c
    )
),

final as (
    select
        k.rule,
        k.indicator_code,
        c.name_id,
        c.name_en,
        c.unit,
        c.frequency,
        k.region_code,
        s.name as region_name,
        s.level as region_level,
        k.period_start,
        k.field,
        k.value,
        k.reference,
        k.ratio,
        k.change_pct,
    from checks as k
    inner join catalogue as c on c.code = k.indicator_code
    inner join scope as s on s.code = k.region_code
)

select * from final
order by period_start desc, indicator_code, region_code, rule, field
