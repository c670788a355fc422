-- rebuilds the table figures (and the tables kept with it: indicator_periods,
-- indicator_regions; refresh_missing_reports.sql follows) from the observations and the catalogue (rolled_figures) for the
-- indicators $indicators (figures.refresh adds those they weigh: affected_indicators) from
-- $first_period on in the provinces $provinces, or whole when $indicators is null; run in the transaction of every write,
-- so a reader never sees figures of another state. Kept in order of level, indicator and
-- period: a page's scan of one level and indicator reads only the row groups that hold them.
-- A plain list, not an expression, so the filters reach the scans
delete from figures
where $indicators is null
    or (
        list_contains($indicators, indicator_code)
        and period_start >= $first_period
        and list_contains($provinces, province_of(region_code))
    );
insert into figures by name
select *
from rolled_figures($indicators, $first_period, $provinces)
order by region_level, indicator_code, period_start, region_code;
delete from indicator_periods
where $indicators is null
    or (list_contains($indicators, indicator_code) and period_start >= $first_period);
insert into indicator_periods
select indicator_code, period_start, bool_or(is_reported(actual)) as reported,
from observations
where $indicators is null
    or (list_contains($indicators, indicator_code) and period_start >= $first_period)
group by all;
-- who takes part: each region's first row per indicator, over all its periods
delete from indicator_regions
where $indicators is null
    or (
        list_contains($indicators, indicator_code)
        and list_contains($provinces, province_of(region_code))
    );
insert into indicator_regions
select indicator_code, region_code, min(period_start) as first_period,
from observations
where $indicators is null
    or (
        list_contains($indicators, indicator_code)
        and list_contains($provinces, province_of(region_code))
    )
group by all;
