-- rebuilds the table figures from the observations and the catalogue (rolled_figures); run in
-- the transaction of every write, so a reader never sees figures of another state
delete from figures;
insert into figures by name
select * from rolled_figures();
