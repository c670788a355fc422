-- one row per upload or roll back, newest first
select
    id,
    kind,
    file_name,
    uploaded_by,
    uploaded_at,
    rows_inserted,
    rows_updated,
    rows_unchanged,
    catalog_rows,
    status,
    rolls_back,
    rolled_back_by,
from uploads
order by id desc
