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

-- the data up to $as_of
counted as (
    select
        o.indicator_code,
        c.unit,
        c.temporal,
        o.region_code,
        o.period_start,
        o.planned,
        o.actual,
    from observations_as_of($as_of) as o
    inner join catalogue as c on c.code = o.indicator_code
),

cells as (
    select c.*
    from counted as c
    inner join scope as s on s.code = c.region_code
),

-- each region's reports in order, with the report before and, for a flow, the median of the
-- $flow_history reports before it (null until it has that many): one pass, no self-join; the
-- median of a short list, as a window's own median costs four times as much at 20 M rows
reports as (
    select
        * exclude (history),
        if(len(history) = $flow_history, list_median(history), null) as history_median,
    from (
        select
            *,
            lag(actual) over by_time as previous_actual,
            list(actual) filter (where temporal = 'flow') over history as history,
        from cells
        where is_reported(actual)
        window
            by_time as (partition by indicator_code, region_code order by period_start),
            history as (
                partition by indicator_code, region_code order by period_start
                rows between $flow_history preceding and 1 preceding
            )
    )
),

-- a stock's level moving by more than $stock_jump (a share) from the previous report
stock_jumps as (
    select
        'stock_jump' as rule,
        indicator_code,
        region_code,
        period_start,
        'actual' as field,
        actual as value,
        previous_actual as reference,
        actual / previous_actual as ratio,
        (actual - previous_actual) / previous_actual * 100 as change_pct,
    from reports
    where temporal = 'stock'
        and previous_actual > 0
        and abs(actual - previous_actual) / previous_actual > $stock_jump
),

-- a flow more than $flow_spike times its usual size
flow_spikes as (
    select
        'flow_spike' as rule,
        indicator_code,
        region_code,
        period_start,
        'actual' as field,
        actual as value,
        history_median as reference,
        actual / history_median as ratio,
        (actual - history_median) / history_median * 100 as change_pct,
    from reports
    where temporal = 'flow' and history_median > 0 and actual > $flow_spike * history_median
),

-- an actual more than $above_planned times its planned value
above_planned as (
    select
        'above_planned' as rule,
        indicator_code,
        region_code,
        period_start,
        'actual' as field,
        actual as value,
        planned as reference,
        actual / planned as ratio,
        (actual - planned) / planned * 100 as change_pct,
    from reports
    where planned > 0 and actual > $above_planned * planned
),

-- values that cannot be: negative numbers, a percentage above 100
impossible as (
    select
        case when value < 0 then 'negative' else 'over_100' end as rule,
        indicator_code,
        region_code,
        period_start,
        field,
        value,
        null::double as reference,
        null::double as ratio,
        null::double as change_pct,
    from (
        select indicator_code, region_code, period_start, unit, 'actual' as field, actual as value
        from cells
        union all
        select indicator_code, region_code, period_start, unit, 'planned' as field, planned as value
        from cells
    )
    where value < 0 or (unit = 'persen' and value > 100)
),

checks as (
    select * from stock_jumps
    union all
    select * from flow_spikes
    union all
    select * from above_planned
    union all
    select * from impossible
),

-- the last $periods periods at $grain, up to the latest period anyone reported
latest as (
    select max(period_floor(period_start, $grain)) as last_period
    from counted
    where is_reported(actual)
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
    cross join latest as l
    where period_floor(k.period_start, $grain)
        > l.last_period - to_months(grain_months($grain) * $periods)
)

select * from final
order by period_start desc, indicator_code, region_code, rule
