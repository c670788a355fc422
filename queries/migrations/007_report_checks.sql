-- schema version 7: what the quality checks read, kept by refresh_figures.sql with the figures,
-- so the quality page and the deck read thousands of rows instead of every report:
-- each report's previous report and recent median (the suspect-value checks), each region's
-- first row per indicator (who takes part) and every report due and not received;
-- migrate() fills them
alter table figures add column previous_actual double;
alter table figures add column history_median double;

create table indicator_regions (
    indicator_code varchar not null,
    region_code varchar not null,
    first_period date not null,
    primary key (indicator_code, region_code)
);

create table missing_reports (
    indicator_code varchar not null,
    region_code varchar not null,
    period_start date not null,
    planned double,
    note varchar,
    primary key (indicator_code, region_code, period_start)
);
