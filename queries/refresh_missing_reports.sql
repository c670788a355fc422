-- rebuilds missing_reports (every report due and not received, reports_due) after a write, whole
-- when $indicators is null: for the indicators $indicators in the provinces $provinces (where
-- the write was), and for the indicators whose span of reported periods the write moved ($moved)
-- nowhere outside their new span, and for those it lengthened ($grown) in every province from
-- $since on (a period reported for the first time makes it due in every region). Run after refresh_figures.sql (indicator_periods,
-- indicator_regions), in the same transaction. Plain lists, so the filters reach the scans
delete from missing_reports
where $indicators is null
    or (
        list_contains($indicators, indicator_code)
        and list_contains($provinces, province_of(region_code))
    )
    or (list_contains($grown, indicator_code) and period_start >= $since);
-- a moved indicator's periods no longer due (its span shrank: a roll back of its last period)
delete from missing_reports as m
where list_contains($moved, m.indicator_code)
    and not exists (
        select 1
        from reported_span(null, null) as s
        where s.indicator_code = m.indicator_code
            and m.period_start between s.first_period and s.last_period
    );
insert into missing_reports
select indicator_code, region_code, period_start, planned, note,
from (
    select * from reports_due($indicators, $provinces, null)
    union all
    select * from reports_due($grown, null, $since)
    where not list_contains($provinces, province_of(region_code))
)
where not is_received
order by period_start, indicator_code, region_code;
