-- rebuilds the table figures from the observations and the catalogue (rolled_figures) for the
-- indicators $indicators changed (and those they weigh) from $first_period on, or whole when
-- $indicators is null; run in the transaction of every write, so a reader never sees figures
-- of another state. Kept in order of level, indicator and period: a page's scan of one level
-- and indicator reads only the row groups that hold them
delete from figures
where $indicators is null
    or (
        list_contains(affected_indicators($indicators), indicator_code)
        and period_start >= $first_period
    );
insert into figures by name
select *
from rolled_figures(affected_indicators($indicators), $first_period)
order by region_level, indicator_code, period_start, region_code;
