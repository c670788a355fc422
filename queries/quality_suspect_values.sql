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
-- carry each report's previous report and recent median (report_histories); the window's first
-- day as a plain comparison, so the scan skips the stored rows of earlier periods. Every
-- region: the scope is applied to the few rows that fail a check
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
    where f.parts is null
        and f.period_start >= (
            select cast(last_period - to_months(grain_months($grain) * ($periods - 1)) as date)
            from latest
        )
),

-- each check on each row, in one pass (most rows fail none): a stock's level moving by more
-- than $stock_jump (a share) from the previous report; a flow more than $flow_spike times its
-- usual size (the median of the reports before it); an actual more than $above_planned times
-- its planned value; values that cannot be (a negative number, a percentage above 100)
checked as (
    select
        *,
        temporal = 'stock'
            and previous_actual > 0
            and abs(actual - previous_actual) / previous_actual > $stock_jump as stock_jump,
        temporal = 'flow' and history_median > 0 and actual > $flow_spike * history_median
            as flow_spike,
        planned > 0 and actual > $above_planned * planned as above_planned,
        actual < 0 as negative_actual,
        planned < 0 as negative_planned,
        unit = 'persen' and actual > 100 as over_100_actual,
        unit = 'persen' and planned > 100 as over_100_planned,
    from cells
),

failing as (
    select *
    from checked
    where stock_jump or flow_spike or above_planned or negative_actual or negative_planned
        or over_100_actual or over_100_planned
),

-- what each check is called and which value it looks at
check_names (check_name, rule, field) as (
    values
        ('stock_jump', 'stock_jump', 'actual'),
        ('flow_spike', 'flow_spike', 'actual'),
        ('above_planned', 'above_planned', 'actual'),
        ('negative_actual', 'negative', 'actual'),
        ('negative_planned', 'negative', 'planned'),
        ('over_100_actual', 'over_100', 'actual'),
        ('over_100_planned', 'over_100', 'planned')
),

-- one row per check failed, with the value it was compared with (none for impossible values)
checks as (
    select
        n.rule,
        f.indicator_code,
        f.region_code,
        f.period_start,
        n.field,
        if(n.field = 'actual', f.actual, f.planned) as value,
        case n.rule
            when 'stock_jump' then f.previous_actual
            when 'flow_spike' then f.history_median
            when 'above_planned' then f.planned
        end as reference,
        value / reference as ratio,
        (value - reference) / reference * 100 as change_pct,
    from (
        unpivot failing
        on stock_jump, flow_spike, above_planned, negative_actual, negative_planned,
            over_100_actual, over_100_planned
        into name check_name value failed
    ) as f
    inner join check_names as n on n.check_name = f.check_name
    where f.failed
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
