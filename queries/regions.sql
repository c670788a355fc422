-- one row per region in code order: each province, then each of its regencies followed by its districts
select
    code,
    name,
    level,
    parent_code,
from regions
order by code
