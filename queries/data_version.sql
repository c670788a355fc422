-- one row: the data version. Every upload and roll back adds a row to uploads in its own
-- transaction, so the newest id names the state of the data (0: nothing written through the app)
select coalesce(max(id), 0) as version
from uploads
