-- one row per programme, with how many indicators it has
select
    p.code,
    p.name_id,
    p.name_en,
    p.sector,
    p.start_date,
    p.end_date,
    p.owner,
    count(i.code) as indicators,
from programs as p
left join indicators as i on i.program_code = p.code
group by all
order by p.code
