package org.telerad.reporting.delivery.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.telerad.reporting.delivery.channel.domain.SecretBox;

/**
 * Produces the deployment's {@link SecretBox} from the server's environment, read once:
 * <ul>
 * <li>{@code TELERAD_SECRETS_KEY}: the current key, 32 random bytes in base64 ({@code openssl rand -base64 32}); or
 * {@code TELERAD_SECRETS_KEY_FILE}: a file holding it (a container secret);</li>
 * <li>{@code TELERAD_SECRETS_PREVIOUS_KEYS} (optional): earlier keys, comma-separated, still accepted for opening
 * while the secrets sealed with them are sealed again with the current key at startup (key rotation).</li>
 * </ul>
 * Environment variables rather than system properties: WildFly prints its JVM options when it boots. A missing or
 * malformed key never stops the deployment: the box is unavailable, channels with secrets fail with that reason,
 * and one error is logged (naming the variable, never a value).
 */
@ApplicationScoped
public class EnvironmentSecretKeys {

    public static final String KEY = "TELERAD_SECRETS_KEY";
    public static final String KEY_FILE = "TELERAD_SECRETS_KEY_FILE";
    public static final String PREVIOUS_KEYS = "TELERAD_SECRETS_PREVIOUS_KEYS";

    private static final System.Logger LOG = System.getLogger(EnvironmentSecretKeys.class.getName());

    @Produces
    @ApplicationScoped
    SecretBox secretBox() {
        TinkSecretBox box = from(System::getenv);
        if (box.unavailable().isPresent()) {
            LOG.log(System.Logger.Level.ERROR, "Result channel secrets cannot be used on this node: {0}",
                    box.unavailable().get());
        } else {
            LOG.log(System.Logger.Level.INFO, "Result channel secrets are sealed with AES-256-GCM, key id {0}",
                    box.currentKeyId());
        }
        return box;
    }

    /** The box configured by {@code environment} (variable name to value, null when unset). */
    public static TinkSecretBox from(UnaryOperator<String> environment) {
        String key = blankToNull(environment.apply(KEY));
        String file = blankToNull(environment.apply(KEY_FILE));
        if (key == null && file != null) {
            try {
                key = blankToNull(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
            } catch (IOException | RuntimeException e) {
                return TinkSecretBox.unavailable(KEY_FILE + " names a file that cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        if (key == null) {
            return TinkSecretBox.unavailable("no secrets key is configured (set " + KEY + " to 32 random bytes in"
                    + " base64 in the server's environment)");
        }
        String previous = blankToNull(environment.apply(PREVIOUS_KEYS));
        List<String> previousKeys = previous == null ? List.of()
                : Arrays.stream(previous.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            return TinkSecretBox.withKeys(key, previousKeys);
        } catch (IllegalArgumentException e) {
            return TinkSecretBox.unavailable(KEY + " / " + PREVIOUS_KEYS + ": " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
