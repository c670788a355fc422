-- inserts or updates programs from the registered frame incoming_programs, matched by code
insert or replace into programs by name
select * from incoming_programs
