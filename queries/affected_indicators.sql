-- one row: the indicators whose figures change when those of $indicators change (themselves and every indicator weighted by one of them)
select affected_indicators($indicators) as indicators
