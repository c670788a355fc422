-- one row per incoming cell of the registered frame incoming_observations: new, changed or unchanged
-- (a blank incoming value leaves the stored value as it is; see docs/uploads.md)
with

incoming as (
    select * from incoming_observations
),

stored as (
    select * from observations
),

compared as (
    select
        i.sheet,
        i.row,
        i.indicator_code,
        i.region_code,
        cast(i.period_start as date) as period_start,
        s.planned as old_planned,
        s.actual as old_actual,
        s.partner as old_partner,
        s.note as old_note,
        s.upload_id as old_upload_id,
        s.updated_at as old_updated_at,
        coalesce(i.planned, s.planned) as planned,
        coalesce(i.actual, s.actual) as actual,
        coalesce(i.partner, s.partner) as partner,
        coalesce(i.note, s.note) as note,
        s.indicator_code is not null as existed,
    from incoming as i
    left join stored as s
        on s.indicator_code = i.indicator_code
        and s.region_code = i.region_code
        and s.period_start = cast(i.period_start as date)
),

final as (
    select
        *,
        case
            when not existed then 'new'
            when old_planned is not distinct from planned
                and old_actual is not distinct from actual
                and old_partner is not distinct from partner
                and old_note is not distinct from note
                then 'unchanged'
            else 'changed'
        end as change,
    from compared
)

select * from final
order by sheet, row
