-- one row: the id the next upload or roll back will get
select nextval('uploads_id_seq') as id
