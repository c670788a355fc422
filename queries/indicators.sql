-- one row per indicator of $program (all programmes when null)
select *
from indicators
where $program is null or program_code = $program
order by program_code, code
