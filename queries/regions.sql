-- one row per region, provinces first, each province's regencies after it
select
    code,
    name,
    level,
    parent_code,
from regions
order by coalesce(parent_code, code), parent_code nulls first, code
