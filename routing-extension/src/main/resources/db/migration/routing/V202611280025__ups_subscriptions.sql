-- UPS-RS subscriptions (RAD-86): a subscriber AE title watches one workitem or, with workitem_uid '*', all of them.
create table routing_ups_subscription (
    subscriber_ae  text        not null,
    workitem_uid   text        not null,
    deletion_lock  boolean     not null default false,
    suspended      boolean     not null default false,
    created_at     timestamptz not null default now(),
    primary key (subscriber_ae, workitem_uid)
);
create index routing_ups_subscription_workitem on routing_ups_subscription (workitem_uid);
