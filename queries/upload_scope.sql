-- one row: the indicators whose cells upload $upload_id wrote (its value history), the earliest period and the provinces among them
select
    list(distinct indicator_code order by indicator_code) as indicators,
    min(period_start) as first_period,
    list(distinct province_of(region_code) order by province_of(region_code)) as provinces,
from value_history
where upload_id = $upload_id
