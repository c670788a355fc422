-- one row: the latest schema migration applied
select coalesce(max(version), 0) as version
from schema_version
