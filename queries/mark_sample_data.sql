-- records that this database holds generated sample data, and when it was built
insert or replace into metadata (key, value) values ('sample_data', $built_on)
