package org.telerad.it.support;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/** Fresh DICOM UIDs for tests: {@code 2.25.<random UUID as a decimal>} (PS3.5 B.2), unique per call. */
public final class Uids {

    private Uids() {
    }

    public static String newStudyUid() {
        UUID u = UUID.randomUUID();
        return "2.25." + new BigInteger(1, ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
    }
}
