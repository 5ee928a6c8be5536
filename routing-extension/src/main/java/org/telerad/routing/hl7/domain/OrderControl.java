package org.telerad.routing.hl7.domain;

import java.util.Locale;
import java.util.Optional;

/** ORC-1 Order Control, the codes Telerad acts on: NW new order, XO change order, CA cancel order request. */
public enum OrderControl {
    NEW("NW"), CHANGE("XO"), CANCEL("CA");

    private final String code;

    OrderControl(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OrderControl> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (OrderControl control : values()) {
            if (control.code.equals(c)) {
                return Optional.of(control);
            }
        }
        return Optional.empty();
    }
}
