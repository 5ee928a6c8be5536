package org.telerad.reporting.delivery.testing;

import java.util.List;

import org.telerad.reporting.delivery.secrets.TinkSecretBox;

/** Secrets keys for tests (fixed, test-only values; production keys come from the server's environment). */
public final class SecretKeys {

    /** A test key (32 bytes, base64). */
    public static final String CURRENT = "dGVsZXJhZC10ZXN0LWtleS0xLTMyLWJ5dGVzLWxvbmc=";
    /** Another test key, for rotation. */
    public static final String NEXT = "dGVsZXJhZC10ZXN0LWtleS0yLTMyLWJ5dGVzLWxvbmc=";

    private SecretKeys() {
    }

    /** A box sealing with {@link #CURRENT}. */
    public static TinkSecretBox box() {
        return TinkSecretBox.withKeys(CURRENT, List.of());
    }
}
