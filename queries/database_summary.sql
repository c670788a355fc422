-- one row: what the database holds (for headlines and empty states)
with

counts as (
    select
        (select count(*) from programs) as programs,
        (select count(*) from indicators) as indicators,
        (select count(*) from regions) as regions,
        (select count(*) from observations) as observations,
        (select count(*) from observations where is_reported(actual)) as reports,
        (select max(period_start) from observations where is_reported(actual)) as latest_period,
        (select value from metadata where key = 'sample_data') as sample_built_on,
)

select * from counts
