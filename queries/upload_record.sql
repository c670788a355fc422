-- one row: the upload $upload_id
select * from uploads where id = $upload_id
