-- one row: the indicators whose cells upload $upload_id wrote (its value history), and the earliest period among them
select
    list(distinct indicator_code order by indicator_code) as indicators,
    min(period_start) as first_period,
from value_history
where upload_id = $upload_id
