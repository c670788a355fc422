-- rebuilds missing_reports (every report due and not received, reports_due) for the indicators
-- $indicators in the provinces $provinces, and in every province for the indicators $moved,
-- whose span of reported periods this write moved (a period reported for the first time makes
-- it due in every region); whole when $indicators is null. Run after refresh_figures.sql, in
-- the same transaction. Plain lists, so the filters reach the scans
delete from missing_reports
where $indicators is null
    or (
        list_contains($indicators, indicator_code)
        and (
            list_contains($provinces, province_of(region_code))
            or list_contains($moved, indicator_code)
        )
    );
insert into missing_reports
select indicator_code, region_code, period_start, planned, note,
from (
    select * from reports_due($indicators, $provinces)
    where not list_contains($moved, indicator_code)
    union all
    select * from reports_due($moved, null)
)
where not is_received
order by period_start, indicator_code, region_code;
