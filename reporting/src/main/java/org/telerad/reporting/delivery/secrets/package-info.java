/**
 * Channel secrets at rest: {@link org.telerad.reporting.delivery.secrets.TinkSecretBox} seals them with AES-256-GCM
 * (Google Tink) under a key that comes from the environment ({@code TELERAD_SECRETS_KEY}), never from the database
 * or git; {@link org.telerad.reporting.delivery.secrets.EnvironmentSecretKeys} reads it once per deployment.
 */
package org.telerad.reporting.delivery.secrets;
