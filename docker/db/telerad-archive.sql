-- Registers the dcm4chee-arc-light archive in Telerad, so that Telerad accepts its ups: workitems (the token's
-- client telerad-archive identifies the archive) and enriches tasks from its DICOMweb services.
-- Table routing_archive is created by Telerad's own migrations when telerad.war first deploys: run this after.
--   docker compose exec -T db psql -U telerad telerad \
--     -v base_url=http://localhost:8080/dcm4chee-arc/aets/DCM4CHEE/rs -v time_zone=Europe/Berlin < docker/db/telerad-archive.sql
-- time_zone: the archive's local zone (it sends date-times without UTC offset).
insert into routing_archive (name, dicomweb_base_url, ae_titles, client_id, time_zone)
values ('dcm4chee-arc', :'base_url', 'DCM4CHEE,TR_EU', 'telerad-archive', :'time_zone')
on conflict (name) do update
   set dicomweb_base_url = excluded.dicomweb_base_url,
       ae_titles = excluded.ae_titles,
       client_id = excluded.client_id,
       time_zone = excluded.time_zone;
