-- schema version 1: catalogue, observations, uploads and the history of changed values
-- (no foreign keys: DuckDB refuses to update a referenced row, which would block catalogue
-- updates; the upload validation checks every code instead)

create table programs (
    code varchar primary key,
    name_id varchar not null,
    name_en varchar not null,
    sector varchar,
    start_date date,
    end_date date,
    owner varchar
);

create table indicators (
    code varchar primary key,
    program_code varchar not null,
    name_id varchar not null,
    name_en varchar not null,
    level varchar not null check (level in ('input', 'output', 'outcome', 'impact')),
    unit varchar not null,
    direction varchar not null check (direction in ('up', 'down')),
    temporal varchar not null check (temporal in ('flow', 'stock')),
    region_agg varchar not null check (region_agg in ('sum', 'mean')),
    frequency varchar not null check (frequency in ('month', 'quarter', 'half', 'year')),
    baseline_value double,
    baseline_year integer
);

create table regions (
    code varchar primary key,
    name varchar not null,
    level varchar not null,
    parent_code varchar
);

create sequence uploads_id_seq start 1;

create table uploads (
    id integer primary key default nextval('uploads_id_seq'),
    kind varchar not null default 'upload' check (kind in ('upload', 'rollback')),
    file_name varchar not null,
    sha256 varchar,
    size_bytes bigint,
    uploaded_by varchar,
    uploaded_at timestamp not null default current_timestamp,
    rows_inserted integer not null default 0,
    rows_updated integer not null default 0,
    rows_unchanged integer not null default 0,
    catalog_rows integer not null default 0,
    status varchar not null default 'committed' check (status in ('committed', 'rolled_back')),
    rolls_back integer,
    rolled_back_by integer
);

create table observations (
    indicator_code varchar not null,
    region_code varchar not null,
    period_start date not null,
    planned double,
    actual double,
    partner varchar,
    note varchar,
    upload_id integer,
    updated_at timestamp not null default current_timestamp,
    primary key (indicator_code, region_code, period_start)
);

-- one row per cell an upload changed: the values before it, so the upload can be undone
create table value_history (
    upload_id integer not null,
    indicator_code varchar not null,
    region_code varchar not null,
    period_start date not null,
    existed boolean not null,
    old_planned double,
    old_actual double,
    old_partner varchar,
    old_note varchar,
    old_upload_id integer,
    old_updated_at timestamp,
    primary key (upload_id, indicator_code, region_code, period_start)
);

create table metadata (
    key varchar primary key,
    value varchar not null
);

create table schema_version (
    version integer primary key,
    applied_at timestamp not null default current_timestamp
);
