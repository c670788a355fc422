-- one row per period of $indicator in which a region of the view reported (the provinces, or the regencies of $parent), newest first
with

children as (
    -- the regencies of $parent; null (no $parent) means the provinces
    select list(code order by code) as codes
    from regions
    where parent_code = $parent
),

indicator as (
    select code, frequency
    from indicators
    where code = $indicator
),

region_values as (
    select v.period, v.actual
    from region_period_values((select codes from children), $region_level, null) as v
    inner join indicator as i on i.code = v.indicator_code
    -- only periods that have ended by the end of the month $as_of
    where $as_of is null
        or v.period + to_months(grain_months(i.frequency)) <= cast($as_of as date) + interval 1 month
),

final as (
    select
        period,
        count(actual) as regions_reported,
    from region_values
    group by period
    having count(actual) > 0
)

select * from final
order by period desc
