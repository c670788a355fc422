-- one row per money indicator (unit rupiah) of $program (all when null), with the output it pays for
with

money as (
    select
        code,
        program_code,
        name_id,
        name_en,
        frequency,
    from program_indicators($program)
    where unit = 'rupiah'
),

-- what the money buys: an output counted in households, people or units, in the same
-- programme; should a programme have several, the first by code is taken
beneficiaries as (
    select
        program_code,
        code,
        name_id,
        name_en,
        unit,
        temporal,
        frequency,
    from indicators
    where level = 'output' and unit in ('keluarga', 'orang', 'unit')
    qualify row_number() over (partition by program_code order by code) = 1
),

final as (
    select
        m.code,
        m.program_code,
        m.name_id,
        m.name_en,
        m.frequency,
        b.code as output_code,
        b.name_id as output_name_id,
        b.name_en as output_name_en,
        b.unit as output_unit,
        b.temporal as output_temporal,
        b.frequency as output_frequency,
    from money as m
    left join beneficiaries as b on b.program_code = m.program_code
)

select * from final
order by program_code, code
