-- one row per month that has at least one actual value, newest first
select distinct period_start as period
from observations
where is_reported(actual)
order by period desc
