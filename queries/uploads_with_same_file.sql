-- one row per committed upload of a file with the same content ($sha256)
select id, file_name, uploaded_at, uploaded_by
from uploads
where kind = 'upload' and status = 'committed' and sha256 = $sha256
order by id
