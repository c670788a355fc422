-- one row per province with a regency or district that reported $indicator (up to $as_of): the provinces one can drill into
with

indicator as (
    select code, frequency
    from indicators
    where code = $indicator
),

below_province_reports as (
    -- a district's report counts for its regency: a Kemendagri code starts with its parents'
    select
        split_part(o.region_code, '.', 1) as province_code,
        array_to_string(string_split(o.region_code, '.')[1:2], '.') as regency_code,
    from observations_as_of($as_of) as o
    inner join indicator as i on i.code = o.indicator_code
    inner join regions as r on r.code = o.region_code
    where o.indicator_code = $indicator  -- a constant: it reaches the scan
        and r.level <> 'provinsi'
        and is_reported(o.actual)
),

final as (
    select
        p.code,
        p.name,
        count(distinct c.regency_code) as regencies_reporting,
    from below_province_reports as c
    inner join regions as p on p.code = c.province_code and p.level = 'provinsi'
    group by p.code, p.name
)

select * from final
order by code
