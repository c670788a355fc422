-- one row per month that has at least one actual value, newest first (indicator_periods: every observation's period, and whether one was reported)
select distinct period_start as period
from indicator_periods
where reported
order by period desc
