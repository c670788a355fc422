-- one row per incoming stock value that falls by more than half from the period before it
with

incoming as (
    select
        i.sheet,
        i.row,
        i.indicator_code,
        i.region_code,
        cast(i.period_start as date) as period_start,
        i.actual,
    from incoming_observations as i
    inner join indicators as d on d.code = i.indicator_code
    where d.temporal = 'stock' and is_reported(i.actual)
),

-- the stored values with the incoming ones laid over them
merged as (
    select indicator_code, region_code, period_start, actual
    from observations
    where is_reported(actual)
        and (indicator_code, region_code, period_start) not in (
            select (indicator_code, region_code, period_start) from incoming
        )
    union all
    select indicator_code, region_code, period_start, actual
    from incoming
),

with_previous as (
    select
        *,
        lag(actual) over (partition by indicator_code, region_code order by period_start)
            as previous_actual,
    from merged
),

final as (
    select i.sheet, i.row, i.indicator_code, i.region_code, i.period_start, i.actual, p.previous_actual
    from incoming as i
    inner join with_previous as p using (indicator_code, region_code, period_start)
    where p.previous_actual > 0 and i.actual < p.previous_actual / 2
)

select * from final
order by sheet, row
