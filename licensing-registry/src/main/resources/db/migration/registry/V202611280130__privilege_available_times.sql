-- Reading windows of a privilege (FHIR PractitionerRole.availableTime), in the facility's time zone, in the
-- registry's WeeklyAvailability notation: 'MON,TUE@08:00-17:00;SAT@ALLDAY'. Empty = always available.
-- A column of registry_privilege, so the eligibility revision trigger on that table covers it.
alter table registry_privilege add column available_times varchar(2000) not null default '';
