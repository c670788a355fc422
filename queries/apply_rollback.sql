-- restores the values from before the upload $upload_id and marks it rolled back by $rollback_id
-- (runs inside the caller's transaction)
delete from observations as o
using value_history as h
where h.upload_id = $upload_id
    and not h.existed
    and o.indicator_code = h.indicator_code
    and o.region_code = h.region_code
    and o.period_start = h.period_start;

update observations as o
set
    planned = h.old_planned,
    actual = h.old_actual,
    partner = h.old_partner,
    note = h.old_note,
    upload_id = h.old_upload_id,
    updated_at = h.old_updated_at
from value_history as h
where h.upload_id = $upload_id
    and h.existed
    and o.indicator_code = h.indicator_code
    and o.region_code = h.region_code
    and o.period_start = h.period_start;

update uploads
set status = 'rolled_back', rolled_back_by = $rollback_id
where id = $upload_id;
