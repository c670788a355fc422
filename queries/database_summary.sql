-- one row: what the database holds (for headlines and empty states)
with

counts as (
    select
        (select count(*) from programs) as programs,
        (select count(*) from indicators) as indicators,
        (select count(*) from regions) as regions,
        (select count(*) from observations) as observations,
        -- an indicator's periods that somebody reported (indicator_periods, kept on every write)
        (select count(*) from indicator_periods where reported) as reported_periods,
        (select max(period_start) from indicator_periods where reported) as latest_period,
        (select value from metadata where key = 'sample_data') as sample_built_on,
)

select * from counts
