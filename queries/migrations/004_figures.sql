-- schema version 4: every region's figure per indicator and period, its own or rolled up from
-- its parts (the macro rolled_figures), kept by refresh_figures.sql in the same transaction as
-- every write, so pages read a roll-up instead of computing one per query
create table figures (
    indicator_code varchar not null,
    region_code varchar not null,
    period_start date not null,
    planned double,
    actual double,
    partner varchar,
    note varchar,
    upload_id integer,
    updated_at timestamp,
    matched_planned double,
    matched_actual double,
    weight double,
    parts_reported bigint,
    parts bigint,
    parts_level varchar
);
