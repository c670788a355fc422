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

-- the stored values of the incoming regions' stocks with the incoming ones laid over them
-- (only those series: the rest of the millions of stored reports cannot come before them)
merged as (
    select o.indicator_code, o.region_code, o.period_start, o.actual
    from observations as o
    semi join (select distinct indicator_code, region_code from incoming) as s
        on s.indicator_code = o.indicator_code and s.region_code = o.region_code
    anti join incoming as i
        on i.indicator_code = o.indicator_code
        and i.region_code = o.region_code
        and i.period_start = o.period_start
    where is_reported(o.actual)
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
