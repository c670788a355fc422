-- one row per region shown (and one, series '*', for the chosen regions together): money realised per beneficiary, planned and actual, over one common year to date
with

pair as (
    select * from money_and_output($indicator, $output)
),

-- the regions shown one by one: the chosen region's regencies, else the chosen region
-- itself, else (nothing chosen) every province; the total adds up the chosen regions
parts as (
    select shown_parts($regions) as codes
),

total_regions as (
    select code from one_level_regions($regions, $region_level)
),

cells as (
    select v.*, p.frequency, p.temporal, p.is_money
    from (
        select * from region_period_values($regions, $region_level, null, $as_of)
        where indicator_code in ($indicator, $output)  -- a constant: it reaches the scan
        union
        select *
        from region_period_values(
            (select codes from parts), $region_level, null, $as_of
        )
        where indicator_code in ($indicator, $output)
    ) as v
    inner join pair as p on p.code = v.indicator_code
),

-- one range for both indicators (their frequencies differ): from January up to the end of
-- the latest period that both have reported, so money and beneficiaries cover the same months
ends as (
    select c.indicator_code, max(c.period + to_months(grain_months(c.frequency))) as ends_on
    from cells as c
    inner join total_regions as t on t.code = c.region_code
    where is_reported(c.actual)
    group by c.indicator_code
),

common_range as (
    select
        make_date(year(min(ends_on) - interval 1 day), 1, 1) as range_start,
        cast(min(ends_on) as date) as range_end,
    from ends
    having count(*) = 2
),

-- how many periods of each indicator the range holds, for "n of m reported"
periods_due as (
    select
        max(datediff('month', r.range_start, r.range_end) // grain_months(p.frequency))
            filter (where p.is_money) as money_due,
        max(datediff('month', r.range_start, r.range_end) // grain_months(p.frequency))
            filter (where not p.is_money) as output_due,
    from pair as p
    cross join common_range as r
),

in_range as (
    select c.*
    from cells as c
    cross join common_range as r
    where c.period >= r.range_start
        and c.period + to_months(grain_months(c.frequency)) <= r.range_end
),

-- money adds up over the range, on cells with both planned and actual
money as (
    select
        region_code,
        sum(planned_matched) as money_planned,
        sum(actual_matched) as money_actual,
        count(*) filter (where is_reported(actual)) as money_reports,
    from in_range
    where is_money
    group by region_code
),

-- beneficiaries: a flow (people served, houses built) adds up over the same range; a stock
-- (households enrolled) takes its latest period in the range that has both values
beneficiaries as (
    select
        region_code,
        if(any_value(temporal) = 'flow', sum(planned_matched),
            arg_max(planned_matched, period) filter (where actual_matched is not null)
        ) as output_planned,
        if(any_value(temporal) = 'flow', sum(actual_matched),
            arg_max(actual_matched, period) filter (where planned_matched is not null)
        ) as output_actual,
        if(any_value(temporal) = 'flow', null,
            max(period) filter (where planned_matched is not null and actual_matched is not null)
        ) as output_as_of,
        count(*) filter (where is_reported(actual)) as output_reports,
    from in_range
    where not is_money
    group by region_code
),

per_region as (
    select
        r.code as region_code,
        m.money_planned,
        m.money_actual,
        m.money_reports,
        b.output_planned,
        b.output_actual,
        b.output_as_of,
        b.output_reports,
        -- a region counts towards the total only when it has all four numbers
        coalesce(
            m.money_planned is not null and m.money_actual is not null
            and b.output_planned > 0 and b.output_actual > 0,
            false
        ) as is_complete,
    from regions as r
    left join money as m on m.region_code = r.code
    left join beneficiaries as b on b.region_code = r.code
    where r.code in (select region_code from cells)
),

total as (
    select
        '*' as series,
        sum(p.money_planned) filter (where p.is_complete) as money_planned,
        sum(p.money_actual) filter (where p.is_complete) as money_actual,
        sum(p.output_planned) filter (where p.is_complete) as output_planned,
        sum(p.output_actual) filter (where p.is_complete) as output_actual,
        max(p.output_as_of) filter (where p.is_complete) as output_as_of,
        sum(p.money_reports) as money_reports,
        sum(p.output_reports) as output_reports,
        count(*) filter (where p.is_complete) as regions_included,
        (select count(*) from total_regions) as regions_expected,
    from total_regions as t
    left join per_region as p on p.region_code = t.code
),

shown as (
    select
        p.region_code as series,
        p.money_planned,
        p.money_actual,
        p.output_planned,
        p.output_actual,
        p.output_as_of,
        p.money_reports,
        p.output_reports,
        p.is_complete::int as regions_included,
        1 as regions_expected,
    from per_region as p
    where list_contains((select codes from parts), p.region_code)
        or ($regions is null and p.region_code in (select code from total_regions))
),

final as (
    select
        s.series,
        coalesce(g.name, '*') as series_name,
        s.series = '*' as is_total,
        r.range_start,
        cast(r.range_end - interval 1 month as date) as range_end_month,
        s.money_planned,
        s.money_actual,
        s.output_planned,
        s.output_actual,
        s.output_as_of,
        s.money_planned / nullif(s.output_planned, 0) as planned_cost,
        s.money_actual / nullif(s.output_actual, 0) as actual_cost,
        (s.money_actual / nullif(s.output_actual, 0))
            / nullif(s.money_planned / nullif(s.output_planned, 0), 0) * 100 - 100
            as cost_difference_pct,
        s.money_reports,
        s.regions_expected * d.money_due as money_due,
        s.output_reports,
        s.regions_expected * d.output_due as output_due,
        s.regions_included,
        s.regions_expected,
    from (select * from total union all by name select * from shown) as s
    cross join common_range as r
    cross join periods_due as d
    left join regions as g on g.code = s.series
)

select * from final
order by is_total desc, series
