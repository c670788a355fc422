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

-- the rows of the window, up to $as_of: a region's own rows of the figures (parts null), which
-- carry each report's previous report and recent median (report_histories), so only the
-- window is read
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
    from figures_as_of($as_of) as f
    inner join catalogue as c on c.code = f.indicator_code
    inner join scope as s on s.code = f.region_code
    cross join latest as l
    where f.parts is null
        and period_floor(f.period_start, $grain)
            > l.last_period - to_months(grain_months($grain) * $periods)
),

reports as (
    select * from cells where is_reported(actual)
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
order by period_start desc, indicator_code, region_code, rule
