-- one row per later, still committed upload that changed a cell the upload $upload_id changed
select
    later.id as later_upload_id,
    later.file_name,
    count(*) as cells,
from value_history as mine
inner join value_history as theirs
    on theirs.indicator_code = mine.indicator_code
    and theirs.region_code = mine.region_code
    and theirs.period_start = mine.period_start
    and theirs.upload_id > mine.upload_id
inner join uploads as later on later.id = theirs.upload_id and later.status = 'committed'
where mine.upload_id = $upload_id
group by all
order by later.id
