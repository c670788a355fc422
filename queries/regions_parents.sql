-- one row per province whose regencies reported $indicator (up to $as_of): the provinces one can drill into
with

indicator as (
    select code, frequency
    from indicators
    where code = $indicator
),

regency_reports as (
    select r.parent_code, o.region_code
    from observations_as_of($as_of) as o
    inner join indicator as i on i.code = o.indicator_code
    inner join regions as r on r.code = o.region_code
    where r.parent_code is not null and is_reported(o.actual)
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
