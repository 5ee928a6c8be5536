package org.telerad.reporting.delivery.channel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.shared.lifecycle.SchemaMigrated;

/**
 * Once the schema is migrated, seals the channel secrets that are still in clear (stored by a Telerad before
 * secrets were encrypted) or sealed with a previous key (after a key rotation) with the current key. A failure is
 * logged and never stops the deployment; the next start tries again. Logs counts only.
 */
@ApplicationScoped
public class SecretSealingAtStartup {

    private static final System.Logger LOG = System.getLogger(SecretSealingAtStartup.class.getName());

    @Inject
    ChannelAdministration administration;

    void seal(@Observes SchemaMigrated migrated) {
        try {
            ResultChannels.SealingPass pass = administration.sealStoredSecrets();
            if (pass.withoutKey() > 0) {
                LOG.log(System.Logger.Level.ERROR, "{0} result channel secret(s) cannot be used: this node has no"
                        + " secrets key (TELERAD_SECRETS_KEY)", Long.toString(pass.withoutKey()));
            }
            if (pass.sealed() > 0) {
                LOG.log(System.Logger.Level.INFO, "Sealed {0} result channel secret(s) with the current secrets key",
                        Integer.toString(pass.sealed()));
            }
            if (pass.unreadable() > 0) {
                LOG.log(System.Logger.Level.ERROR, "{0} result channel secret(s) do not open with the configured"
                        + " secrets keys: their channels fail until an administrator enters the secret again (or the"
                        + " key that sealed them is added to TELERAD_SECRETS_PREVIOUS_KEYS)",
                        Integer.toString(pass.unreadable()));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Sealing the stored result channel secrets failed ({0}); the next"
                    + " start tries again", e.getClass().getName());
        }
    }
}
