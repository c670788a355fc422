-- the metric definitions of DESIGN.md, as macros every query shares; re-created on start

-- achievement (capaian), %: up = actual / planned; down = (2 x planned - actual) / planned, not below 0
create or replace macro achievement_pct(planned, actual, direction) as
    case
        when planned is null or planned = 0 or actual is null then null
        when direction = 'down' then greatest((2 * planned - actual) / planned * 100, 0)
        else actual / planned * 100
    end;

-- progress from baseline, %: how far actual has moved from the baseline towards the target
create or replace macro progress_pct(baseline, planned, actual) as
    case
        when baseline is null or planned is null or actual is null or planned = baseline then null
        else (actual - baseline) / (planned - baseline) * 100
    end;

-- status of an achievement against the thresholds (settings, passed in by the caller)
create or replace macro status_of(achievement, on_track, at_risk) as
    case
        when achievement is null then 'no_data'
        when achievement >= on_track then 'on_track'
        when achievement >= at_risk then 'at_risk'
        else 'off_track'
    end;

-- the first day of the period at a grain (month, quarter, half, year) that contains a date
create or replace macro period_floor(d, grain) as
    case grain
        when 'month' then make_date(year(d), month(d), 1)
        when 'quarter' then make_date(year(d), (quarter(d) - 1) * 3 + 1, 1)
        when 'half' then make_date(year(d), case when month(d) <= 6 then 1 else 7 end, 1)
        else make_date(year(d), 1, 1)
    end;

-- months in one period of a grain
create or replace macro grain_months(grain) as
    case grain when 'month' then 1 when 'quarter' then 3 when 'half' then 6 else 12 end;

-- "data up to" (as of), the one rule: a period counts once it has ended by the end of the month
-- as_of (null: every period), judged at the indicator's own frequency
create or replace macro period_ended(period_start, frequency, as_of) as
    as_of is null
    or period_start + to_months(grain_months(frequency)) <= cast(as_of as date) + interval 1 month;

-- "reported", the one rule: a report is an observation with an actual value
create or replace macro is_reported(actual) as actual is not null;

-- a figure from its parts' values x: their sum, or their mean weighted by w (1 when the
-- indicator names no weight: a plain mean); a part without a value or a weight is left out
create or replace macro weighted_mean(x, w) as
    sum(x * w) / sum(w) filter (where x is not null);

create or replace macro rolled_value(agg, x, w) as
    if(agg = 'sum', sum(x), weighted_mean(x, w));

-- the observations as they stood "data up to" as_of: every later period left out (the
-- reports themselves: completeness and timeliness count these)
create or replace macro observations_as_of(as_of) as table
    select o.*
    from observations as o
    inner join indicators as i on i.code = o.indicator_code
    where period_ended(o.period_start, i.frequency, as_of);

-- every region's figure per indicator and period: its own row, else rolled up from its parts:
-- districts -> regency, then regencies (own or rolled) -> province; a region with a row of its
-- own is never rolled up (docs/metrics.md "Roll-up"). matched_planned and matched_actual: the
-- parts that have both, so an achievement compares like with like; parts and parts_reported:
-- how many parts the region has and how many reported (null on a region's own row); weight:
-- what the figure weighs in a mean. Stored in the table figures by refresh_figures.sql in
-- every transaction that writes observations or the catalogue; read through figures_as_of.
-- scope: the indicators to roll up (null: every one) from first_period on, in the provinces
-- given (null: all); a period's roll-up holds only that period's rows, and a province's only
-- its own regions', so rolling up part of them gives the same figures as rolling up all
create or replace macro rolled_figures(scope, first_period, provinces) as table
    with
    own as materialized (
        select o.*, r.parent_code, r.level as region_level, i.weight_indicator,
        from observations as o
        inner join indicators as i on i.code = o.indicator_code
        inner join regions as r on r.code = o.region_code
        where scope is null
            or (
                list_contains(scope, o.indicator_code)
                and o.period_start >= first_period
                and list_contains(provinces, province_of(o.region_code))
            )
    ),
    -- a weight may come from before first_period (the latest before a period counts)
    weights as (
        select o.indicator_code, o.region_code, o.period_start,
            coalesce(o.actual, o.planned) as weight,
        from observations as o
        inner join regions as r on r.code = o.region_code
        where coalesce(o.actual, o.planned) is not null
            and o.indicator_code in (
                select weight_indicator from indicators
                where scope is null or list_contains(scope, code)
            )
    ),
    -- what a row weighs in a mean: the region's value of the indicator's weight indicator for
    -- the period (actual, else planned), else its latest before; 1 when none is named
    weighted as materialized (
        select
            x.* exclude (weight_indicator),
            coalesce(w.weight, if(x.weight_indicator is null, 1, null)) as weight,
            if(x.planned is not null and is_reported(x.actual), x.planned, null)
                as matched_planned,
            if(x.planned is not null and is_reported(x.actual), x.actual, null)
                as matched_actual,
        from own as x
        asof left join weights as w
            on w.indicator_code = x.weight_indicator
            and w.region_code = x.region_code
            and w.period_start <= x.period_start
    ),
    -- regencies without a row of their own, from their districts
    regencies as (
        select
            p.code as region_code, p.parent_code, p.level as region_level,
            f.indicator_code, f.period_start,
            rolled_value(i.region_agg, f.planned, f.weight) as planned,
            rolled_value(i.region_agg, f.actual, f.weight) as actual,
            rolled_value(i.region_agg, f.matched_planned, f.weight) as matched_planned,
            rolled_value(i.region_agg, f.matched_actual, f.weight) as matched_actual,
            if(i.weight_indicator is null, 1, sum(f.weight)) as weight,
            count(*) filter (where is_reported(f.actual)) as parts_reported,
            'kecamatan' as parts_level,
        from (from weighted where region_level = 'kecamatan') as f
        inner join regions as p on p.code = f.parent_code
        inner join indicators as i on i.code = f.indicator_code
        anti join own as o
            on o.indicator_code = f.indicator_code
            and o.region_code = f.parent_code
            and o.period_start = f.period_start
        group by p.code, p.parent_code, p.level, f.indicator_code, f.period_start,
            i.region_agg, i.weight_indicator
    ),
    -- provinces without a row of their own, from their regencies (own or rolled up)
    provinces as (
        select
            p.code as region_code, p.parent_code, p.level as region_level,
            f.indicator_code, f.period_start,
            rolled_value(i.region_agg, f.planned, f.weight) as planned,
            rolled_value(i.region_agg, f.actual, f.weight) as actual,
            rolled_value(i.region_agg, f.matched_planned, f.weight) as matched_planned,
            rolled_value(i.region_agg, f.matched_actual, f.weight) as matched_actual,
            if(i.weight_indicator is null, 1, sum(f.weight)) as weight,
            count(*) filter (where is_reported(f.actual)) as parts_reported,
            'kabupaten_kota' as parts_level,
        from (
            select * exclude (parts_level) from regencies
            union all by name
            from weighted where region_level = 'kabupaten_kota'
        ) as f
        inner join regions as p on p.code = f.parent_code
        inner join indicators as i on i.code = f.indicator_code
        anti join own as o
            on o.indicator_code = f.indicator_code
            and o.region_code = f.parent_code
            and o.period_start = f.period_start
        group by p.code, p.parent_code, p.level, f.indicator_code, f.period_start,
            i.region_agg, i.weight_indicator
    ),
    part_counts as (
        select parent_code as code, count(*) as parts
        from regions
        where parent_code is not null
        group by all
    )
    select w.* exclude (parent_code), h.previous_actual, h.history_median,
    from weighted as w
    left join report_histories(scope, provinces) as h
        on h.indicator_code = w.indicator_code
        and h.region_code = w.region_code
        and h.period_start = w.period_start
    union all by name
    select r.* exclude (parent_code), c.parts,
    from (from regencies union all by name from provinces) as r
    inner join part_counts as c on c.code = r.region_code;

-- each report's report before it (previous_actual) and, for a flow, the median of the 4 reports
-- before it (history_median, null until it has 4): what the suspect-value checks compare a
-- report with; for the indicators of scope in the provinces given (null: all), over their whole
-- history, as the report before a period may be years older. As of a date only later periods
-- drop out, so a report's history is the same whatever the date
create or replace macro report_histories(scope, provinces) as table
    select * exclude (history), if(len(history) = 4, list_median(history), null) as history_median,
    from (
        select
            o.indicator_code,
            o.region_code,
            o.period_start,
            lag(o.actual) over by_time as previous_actual,
            -- the median of a short list: a window's own median costs four times as much
            list(o.actual) filter (where i.temporal = 'flow') over before as history,
        from observations as o
        inner join indicators as i on i.code = o.indicator_code
        where is_reported(o.actual)
            and (
                scope is null
                or (
                    list_contains(scope, o.indicator_code)
                    and list_contains(provinces, province_of(o.region_code))
                )
            )
        window
            by_time as (partition by o.indicator_code, o.region_code order by o.period_start),
            before as (
                partition by o.indicator_code, o.region_code order by o.period_start
                rows between 4 preceding and 1 preceding
            )
    );

-- the province a region lies in: the first part of its code ("34" of "34.04.01")
create or replace macro province_of(code) as split_part(code, '.', 1);

-- the indicators whose figures change when those of codes change: themselves and every
-- indicator weighted by one of them (null: every indicator)
create or replace macro affected_indicators(codes) as
    if(
        codes is null,
        null,
        list_distinct(list_concat(
            codes,
            coalesce(
                (select list(code) from indicators where list_contains(codes, weight_indicator)),
                []
            )
        ))
    );

-- every region's figure (own or rolled up: rolled_figures), data up to as_of; a roll-up of a
-- period holds only that period's rows, so it is the same whether filtered before or after
create or replace macro figures_as_of(as_of) as table
    select f.*
    from figures as f
    inner join indicators as i on i.code = f.indicator_code
    where period_ended(f.period_start, i.frequency, as_of);

-- the chosen regions on one level: a region whose parent is also chosen is left out, so
-- nothing is counted twice; no choice means every region of the given level
create or replace macro one_level_regions(chosen, region_level) as table
    with picked as (
        select code, name, level, parent_code
        from regions
        where (chosen is null and level = region_level) or list_contains(chosen, code)
    )
    select *
    from picked
    where parent_code is null or parent_code not in (select code from picked);

-- the grain an indicator is shown at: the one asked for, never finer than its own frequency
create or replace macro effective_grain(grain, frequency) as
    case
        when grain is null or grain_months(grain) < grain_months(frequency) then frequency
        else grain
    end;

-- one row per indicator per region per period at a grain (null: each indicator's own
-- frequency), up to as_of: flow sums, stock takes the last value; *_matched keep only the
-- cells that have both planned and actual, so an achievement compares like with like
create or replace macro region_period_values(chosen, region_level, grain, as_of) as table
    with
    cells as (
        select
            o.indicator_code,
            i.temporal,
            o.region_code,
            period_floor(o.period_start, effective_grain(grain, i.frequency)) as period,
            o.period_start,
            o.planned,
            o.actual,
            o.matched_planned,
            o.matched_actual,
            o.parts,
            o.parts_reported,
            o.parts_level,
            o.weight,
            -- a stock's target of 0 is no target (no achievement); a flow's 0 for a period is
            -- a plan (nothing scheduled then) and still counts towards the year
            o.matched_planned is not null
                and (i.temporal = 'flow' or o.matched_planned <> 0)
                and o.matched_actual is not null as is_matched,
        from figures_as_of(as_of) as o
        inner join indicators as i on i.code = o.indicator_code
        -- the level too: figures are stored by level, so the scan skips the other levels
        inner join one_level_regions(chosen, region_level) as r
            on r.code = o.region_code and r.level = o.region_level
    ),
    flows as (
        select
            indicator_code,
            region_code,
            period,
            sum(planned) as planned,
            sum(actual) as actual,
            sum(matched_planned) filter (where is_matched) as planned_matched,
            sum(matched_actual) filter (where is_matched) as actual_matched,
            count(*) filter (where is_reported(actual)) as reports,
            max(parts) as parts,
            arg_max(parts_reported, period_start) as parts_reported,
            any_value(parts_level) as parts_level,
            arg_max(weight, period_start) as weight,
        from cells
        where temporal = 'flow'
        group by indicator_code, region_code, period
    ),
    stocks as (
        select
            indicator_code,
            region_code,
            period,
            arg_max(planned, period_start) filter (where planned is not null) as planned,
            arg_max(actual, period_start) filter (where actual is not null) as actual,
            arg_max(matched_planned, period_start) filter (where is_matched) as planned_matched,
            arg_max(matched_actual, period_start) filter (where is_matched) as actual_matched,
            count(*) filter (where is_reported(actual)) as reports,
            max(parts) as parts,
            arg_max(parts_reported, period_start) as parts_reported,
            any_value(parts_level) as parts_level,
            arg_max(weight, period_start) as weight,
        from cells
        where temporal = 'stock'
        group by indicator_code, region_code, period
    )
    select * from flows
    union all
    select * from stocks;

-- one row per indicator per series per period: the regions aggregated (sum or mean, as the
-- indicator says) into one series, or each region its own series when by_region; up to as_of
create or replace macro series_values(chosen, region_level, grain, by_region, as_of) as table
    with
    region_values as (
        select * from region_period_values(chosen, region_level, grain, as_of)
    ),
    aggregated as (
        select
            v.indicator_code,
            case when by_region then v.region_code else '*' end as series,
            v.period,
            sum(v.planned) as planned_sum,
            weighted_mean(v.planned, v.weight) as planned_mean,
            sum(v.actual) as actual_sum,
            weighted_mean(v.actual, v.weight) as actual_mean,
            sum(v.planned_matched) filter (where v.actual_matched is not null) as planned_matched_sum,
            weighted_mean(
                if(v.actual_matched is not null, v.planned_matched, null), v.weight
            ) as planned_matched_mean,
            sum(v.actual_matched) filter (where v.planned_matched is not null) as actual_matched_sum,
            weighted_mean(
                if(v.planned_matched is not null, v.actual_matched, null), v.weight
            ) as actual_matched_mean,
            count(*) filter (where is_reported(v.actual)) as regions_reported,
            sum(v.reports) as reports,
            sum(v.parts) as parts,
            sum(v.parts_reported) as parts_reported,
            -- a province's parts are regencies, a regency's districts: one level per figure
            min(v.parts_level) as parts_level,
        from region_values as v
        group by all
    ),
    -- the periods of each grain period that were due: up to the last one anyone reported
    -- (indicator_periods: each indicator's periods with a row, and whether one was reported)
    periods_ended as (
        select p.*, i.frequency,
        from indicator_periods as p
        inner join indicators as i on i.code = p.indicator_code
        where period_ended(p.period_start, i.frequency, as_of)
    ),
    last_reported as (
        select indicator_code, max(period_start) as last_period
        from periods_ended
        where reported
        group by indicator_code
    ),
    periods_due as (
        select
            o.indicator_code,
            period_floor(o.period_start, effective_grain(grain, o.frequency)) as period,
            count(*) as periods_due,
        from periods_ended as o
        inner join last_reported as l on l.indicator_code = o.indicator_code
        where o.period_start <= l.last_period
        group by all
    ),
    region_counts as (
        select count(*) as regions_chosen from one_level_regions(chosen, region_level)
    )
    select
        a.indicator_code,
        a.series,
        a.period,
        if(i.region_agg = 'sum', a.planned_sum, a.planned_mean) as planned,
        if(i.region_agg = 'sum', a.actual_sum, a.actual_mean) as actual,
        if(i.region_agg = 'sum', a.planned_matched_sum, a.planned_matched_mean) as planned_matched,
        if(i.region_agg = 'sum', a.actual_matched_sum, a.actual_matched_mean) as actual_matched,
        a.regions_reported,
        if(by_region, 1, c.regions_chosen) as regions_expected,
        a.reports,
        if(by_region, 1, c.regions_chosen) * coalesce(d.periods_due, 0) as reports_due,
        a.parts,
        a.parts_reported,
        a.parts_level,
        i.region_agg = 'mean' and i.weight_indicator is null as unweighted,
        i.direction,
        i.temporal,
    from aggregated as a
    inner join indicators as i on i.code = a.indicator_code
    cross join region_counts as c
    left join periods_due as d on d.indicator_code = a.indicator_code and d.period = a.period;

-- the indicators of program (every indicator when null)
create or replace macro program_indicators(program) as table
    select *
    from indicators
    where program is null or program_code = program;

-- shared models: the blocks several page queries start from, written once

-- the money indicator and the output it is set against (is_money tells which is which)
create or replace macro money_and_output(money, output) as table
    select code, frequency, direction, temporal, code = money as is_money
    from indicators
    where code in (money, output);

-- the regions a quality view looks at: the chosen one and every region under it (null: every
-- region), each with the row it is counted in: its province when nothing is chosen, else the
-- child of the chosen region that it lies under (a district in its regency); the chosen
-- region's own reports have no such row (null): they count in the chosen region's total only
create or replace macro region_scope(region) as table
    select
        r.code,
        r.name,
        r.level,
        r.parent_code,
        case
            when region is null then coalesce(g.code, p.code, r.code)
            when r.code = region then null
            when r.parent_code = region then r.code
            when p.parent_code = region then p.code
            else g.code
        end as row_code,
    from regions as r
    left join regions as p on p.code = r.parent_code
    left join regions as g on g.code = p.parent_code
    where region is null or region in (r.code, r.parent_code, p.parent_code, g.parent_code);

-- each indicator of program (all when null) with its frequency and the first and last period
-- anybody reported, data up to as_of: the span of periods due (DESIGN.md, completeness);
-- read from indicator_periods, kept with the figures
create or replace macro reported_span(program, as_of) as table
    select
        p.indicator_code,
        c.frequency,
        min(p.period_start) as first_period,
        max(p.period_start) as last_period,
    from indicator_periods as p
    inner join program_indicators(program) as c on c.code = p.indicator_code
    where p.reported and period_ended(p.period_start, c.frequency, as_of)
    group by all;

-- each region of the scope of region (region_scope) taking part in an indicator of program:
-- it has a row for it (a target or a report) up to as_of, that is its first row counts by then
-- (indicator_regions, kept with the figures)
create or replace macro taking_part(program, region, as_of) as table
    select t.indicator_code, t.region_code
    from indicator_regions as t
    inner join program_indicators(program) as c on c.code = t.indicator_code
    where period_ended(t.first_period, c.frequency, as_of)
        and t.region_code in (select code from region_scope(region));

-- one row per indicator per period due (reports_due's periods) in the last n_periods periods at
-- grain (null: every one), up to the latest period due in the region scope (period: the period
-- at that grain); computed for the window alone, never for the whole history
create or replace macro recent_periods_due(program, region, grain, n_periods, as_of) as table
    with
    spans as materialized (
        select *
        from reported_span(program, as_of)
        where indicator_code in (select indicator_code from taking_part(program, region, as_of))
    ),
    periods as (
        select
            indicator_code,
            frequency,
            cast(unnest(generate_series(
                first_period, last_period, to_months(grain_months(frequency))
            )) as date) as period_start,
        from spans
    )
    select *, period_floor(period_start, grain) as period,
    from periods
    where n_periods is null  -- every period due (reports_due)
        or period_floor(period_start, grain) > (
            select max(period_floor(last_period, grain)) from spans
        ) - to_months(grain_months(grain) * n_periods);

-- one row per report due: each indicator x each region taking part in it (it has any row for
-- it: a target or a report) x each period from the first to the last period anybody reported;
-- is_received when the report has an actual (DESIGN.md, reporting completeness). For the
-- indicators of scope in the regions of provinces (null: all), from the period since on (null:
-- all), each filter where its table is read, so a write's refresh reads only its part. Listed
-- only to keep missing_reports (refresh_missing_reports.sql); pages read that
create or replace macro reports_due(scope, provinces, since) as table
    select
        d.indicator_code,
        d.frequency,
        t.region_code,
        d.period_start,
        is_reported(o.actual) as is_received,
        o.planned,
        o.note,
    from (
        select * from recent_periods_due(null, null, 'month', null, null)
        where (scope is null or list_contains(scope, indicator_code))
            and (since is null or period_start >= since)
    ) as d
    inner join (
        select * from indicator_regions
        where (scope is null or list_contains(scope, indicator_code))
            and (provinces is null or list_contains(provinces, province_of(region_code)))
    ) as t on t.indicator_code = d.indicator_code
    left join (
        select * from observations
        where (scope is null or list_contains(scope, indicator_code))
            and (provinces is null or list_contains(provinces, province_of(region_code)))
            and (since is null or period_start >= since)
    ) as o
        on o.indicator_code = d.indicator_code
        and o.region_code = t.region_code
        and o.period_start = d.period_start;

-- each report due and not received (reports_due) of program's indicators from the regions of
-- region's scope, data up to as_of: the stored list (missing_reports, kept with the figures)
-- cut to the span and the regions taking part by then. As of an earlier date the span can only
-- end sooner and fewer regions take part; its first period and the reports are the same
create or replace macro missing_as_of(program, region, as_of) as table
    select m.*, s.frequency,
    from missing_reports as m
    inner join reported_span(program, as_of) as s on s.indicator_code = m.indicator_code
    inner join taking_part(program, region, as_of) as t
        on t.indicator_code = m.indicator_code and t.region_code = m.region_code
    where m.period_start <= s.last_period;

-- the regions shown one by one: the chosen region's regencies, else the chosen regions
-- themselves (null, nothing chosen: every region of the level, as one_level_regions reads it)
create or replace macro shown_parts(chosen) as
    coalesce(
        (select list(code order by code) from regions where list_contains(chosen, parent_code)),
        chosen
    );

-- one row per indicator per series per period, each indicator's own frequency, up to as_of:
-- the chosen regions together (series '*') and each region shown (shown_parts) on its own
create or replace macro total_and_part_series(chosen, region_level, as_of) as table
    select * from series_values(chosen, region_level, null, false, as_of)
    union all
    select * from series_values(shown_parts(chosen), region_level, null, true, as_of);

-- the regions of a regions-page view, as a list: the regencies of parent; null (no parent)
-- means the provinces
create or replace macro view_children(parent) as
    (select list(code order by code) from regions where parent_code = parent);
