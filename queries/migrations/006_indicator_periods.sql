-- schema version 6: every period an indicator has any row for, and whether anybody reported it;
-- kept by refresh_figures.sql with the figures, so "the periods due" and "the last period
-- reported" read a few thousand rows instead of every observation (migrate() fills it)
create table indicator_periods (
    indicator_code varchar not null,
    period_start date not null,
    reported boolean not null,
    primary key (indicator_code, period_start)
);
