-- one row per province whose regencies reported $indicator (up to $as_of): the provinces one can drill into
with

indicator as (
    select code, frequency
    from indicators
    where code = $indicator
),

regency_reports as (
    select r.parent_code, o.region_code
    from observations as o
    inner join indicator as i on i.code = o.indicator_code
    inner join regions as r on r.code = o.region_code
    where r.parent_code is not null
        and o.actual is not null
        and (
            $as_of is null
            or period_floor(o.period_start, i.frequency) + to_months(grain_months(i.frequency))
                <= cast($as_of as date) + interval 1 month
        )
),

final as (
    select
        p.code,
        p.name,
        count(distinct c.region_code) as regencies_reporting,
    from regency_reports as c
    inner join regions as p on p.code = c.parent_code
    group by p.code, p.name
)

select * from final
order by code
