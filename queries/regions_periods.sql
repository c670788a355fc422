-- one row per period of $indicator in which a region of the view reported (the provinces, or the regencies of $parent), newest first
with

children as (
    -- the regencies of $parent; null (no $parent) means every region of $region_level
    select view_children($parent) as codes
),

indicator as (
    select code, frequency
    from indicators
    where code = $indicator
),

region_values as (
    select v.period, v.actual
    from region_period_values((select codes from children), $region_level, null, $as_of) as v
    inner join indicator as i on i.code = v.indicator_code
    where v.indicator_code = $indicator  -- a constant: it reaches the scan
),

final as (
    select
        period,
        count(*) filter (where is_reported(actual)) as regions_reported,
    from region_values
    group by period
    having count(*) filter (where is_reported(actual)) > 0
)

select * from final
order by period desc
