-- one row per region of the view (every region of $region_level, or the regencies of $parent) with data: the need ($need's latest value) against the coverage ($indicator's latest achievement up to $period), the quadrant and the priority score
with

children as (
    -- the regencies of $parent; null (no $parent) means every region of $region_level
    select view_children($parent) as codes
),

provinces as (
    select code, name
    from one_level_regions((select codes from children), $region_level)
),

catalogue as (
    select code, direction, frequency
    from indicators
    where code in ($indicator, $need)
),

province_values as (
    select
        v.*,
        c.direction,
        c.frequency,
        achievement_pct(v.planned_matched, v.actual_matched, c.direction) as achievement,
    from region_period_values((select codes from children), $region_level, null, $as_of) as v
    inner join catalogue as c on c.code = v.indicator_code
    where v.indicator_code in ($indicator, $need)  -- a constant: it reaches the scan
),

need_values as (
    -- the need is the measured value (a poverty rate), so no target is required: latest actual
    select
        region_code,
        arg_max(actual, period) as need_value,
        max(period) as need_period,
        any_value(direction) as need_direction,
    from province_values
    where indicator_code = $need
        and is_reported(actual)
    group by region_code
),

need_ranked as (
    select
        *,
        -- the view's plain average: each region counts once, whatever its population
        avg(need_value) over () as need_mean,
        -- the share of provinces whose need is this one's or lower (0..1, the highest need 1);
        -- for a `down` need (a poverty rate) a higher value is more need, for an `up` one less
        cume_dist() over (order by if(need_direction = 'down', need_value, -need_value))
            as need_percentile,
        rank() over (order by if(need_direction = 'down', need_value, -need_value) desc)
            as need_rank,
        count(*) over () as need_regions,
    from need_values
),

coverage as (
    -- the latest period up to $period with both planned and actual
    select
        region_code,
        arg_max(achievement, period) as achievement,
        max(period) as achievement_period,
    from province_values
    where indicator_code = $indicator
        and achievement is not null
        and period <= cast($period as date)
    group by region_code
),

joined as (
    select
        p.code as region_code,
        p.name as region_name,
        n.need_value,
        n.need_period,
        n.need_mean,
        n.need_rank,
        n.need_regions,
        n.need_percentile,
        c.achievement,
        c.achievement_period,
        if(n.need_direction = 'down', n.need_value > n.need_mean, n.need_value < n.need_mean)
            as is_high_need,
        c.achievement < $on_track as is_low_coverage,
        -- greatest() skips nulls: without an achievement there is no shortfall, not 0
        if(c.achievement is null, null, greatest(100 - c.achievement, 0) / 100) as shortfall,
    from provinces as p
    left join need_ranked as n on n.region_code = p.code
    left join coverage as c on c.region_code = p.code
    where n.need_value is not null or c.achievement is not null
),

final as (
    select
        *,
        case
            when is_high_need is null or is_low_coverage is null then null
            when is_high_need and is_low_coverage then 'high_need_low_coverage'
            when is_high_need then 'high_need_high_coverage'
            when is_low_coverage then 'low_need_low_coverage'
            else 'low_need_high_coverage'
        end as quadrant,
        status_of(achievement, $on_track, $at_risk) as status,
        need_percentile * shortfall as score,
        row_number() over (
            order by need_percentile * shortfall desc nulls last, need_percentile desc nulls last,
                region_name
        ) as priority,
    from joined
)

select * from final
order by priority
