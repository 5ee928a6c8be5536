-- Result channel secrets encrypted at rest (org.telerad.reporting.delivery.secrets.TinkSecretBox): AES-256-GCM
-- with a key from the server's environment (TELERAD_SECRETS_KEY), never from the database; the associated data is
-- the channel id, so a ciphertext copied to another row does not decrypt.
alter table delivery_channel add column secret_sealed text;
-- the id of the key that sealed it (derived from the key); rows under an older key are sealed again at startup
alter table delivery_channel add column secret_key_id integer;
alter table delivery_channel add constraint delivery_channel_secret_sealed
    check ((secret_sealed is null) = (secret_key_id is null));
alter table delivery_channel add constraint delivery_channel_one_secret
    check (secret is null or secret_sealed is null);
comment on column delivery_channel.secret is
    'clear secret stored by Telerad before secrets were sealed; emptied (moved to secret_sealed) at the first start with TELERAD_SECRETS_KEY';
comment on column delivery_channel.secret_sealed is
    'base64 Tink AEAD ciphertext (AES-256-GCM) of the bearer token, Basic password or client secret; associated data = channel id';
