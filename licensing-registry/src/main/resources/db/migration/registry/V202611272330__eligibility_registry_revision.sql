-- Eligibility keeps an in-memory snapshot of the registry on every node. This revision moves, in the same
-- transaction, with every change of the registry tables (through the application or directly in SQL), so a
-- node compares one row with its snapshot's revision to know whether to reload. The counter row is updated
-- once per statement and its new value becomes visible when the change commits.

create table eligibility_registry_revision (
    id       smallint primary key check (id = 1),
    revision bigint   not null
);
insert into eligibility_registry_revision (id, revision) values (1, 1);

create function eligibility_registry_changed() returns trigger
    language plpgsql as $$
begin
    update eligibility_registry_revision set revision = revision + 1 where id = 1;
    return null;
end;
$$;

create trigger eligibility_radiologist_changed after insert or update or delete or truncate
    on registry_radiologist for each statement execute function eligibility_registry_changed();
create trigger eligibility_radiologist_subspecialty_changed after insert or update or delete or truncate
    on registry_radiologist_subspecialty for each statement execute function eligibility_registry_changed();
create trigger eligibility_license_changed after insert or update or delete or truncate
    on registry_license for each statement execute function eligibility_registry_changed();
create trigger eligibility_facility_changed after insert or update or delete or truncate
    on registry_facility for each statement execute function eligibility_registry_changed();
create trigger eligibility_privilege_changed after insert or update or delete or truncate
    on registry_privilege for each statement execute function eligibility_registry_changed();
