-- A filtered global UPS subscription (1.2.840.10008.5.1.4.34.5.1) keeps its matching keys: the subscriber hears
-- only about workitems that match them (query string form, as on the subscribe request; null = unfiltered).
alter table routing_ups_subscription add column filter text;
