-- inserts the registered frame incoming_sample (one row per indicator, region and period)
insert into observations by name
select
    indicator_code,
    region_code,
    cast(period_start as date) as period_start,
    planned,
    actual,
    partner,
    note,
from incoming_sample
