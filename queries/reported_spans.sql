-- one row per indicator of $indicators (all when null) that anybody reported: its first and last period reported (reported_span)
select indicator_code, first_period, last_period,
from reported_span(null, null)
where $indicators is null or list_contains($indicators, indicator_code)
order by indicator_code
