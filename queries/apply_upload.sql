-- keeps the previous values of every cell the upload $upload_id changes, then writes the cells
-- (runs inside the caller's transaction, on the registered frame upload_changes)
insert into value_history (
    upload_id, indicator_code, region_code, period_start, existed,
    old_planned, old_actual, old_partner, old_note, old_upload_id, old_updated_at
)
select
    $upload_id,
    c.indicator_code,
    c.region_code,
    cast(c.period_start as date),
    c.existed,
    c.old_planned,
    c.old_actual,
    c.old_partner,
    c.old_note,
    c.old_upload_id,
    c.old_updated_at,
from upload_changes as c
where c.change <> 'unchanged';

insert into observations (
    indicator_code, region_code, period_start, planned, actual, partner, note, upload_id, updated_at
)
select
    indicator_code,
    region_code,
    cast(period_start as date),
    planned,
    actual,
    partner,
    note,
    $upload_id,
    current_timestamp,
from upload_changes
where change <> 'unchanged'
on conflict (indicator_code, region_code, period_start) do update set
    planned = excluded.planned,
    actual = excluded.actual,
    partner = excluded.partner,
    note = excluded.note,
    upload_id = excluded.upload_id,
    updated_at = excluded.updated_at;
