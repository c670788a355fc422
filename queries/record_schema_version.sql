-- records that the migration numbered $version has been applied
insert into schema_version (version) values ($version)
