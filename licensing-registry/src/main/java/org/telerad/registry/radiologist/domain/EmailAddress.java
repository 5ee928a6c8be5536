package org.telerad.registry.radiologist.domain;

import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/** An e-mail address, checked for plausible shape only (local part, @, a dotted domain). */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-013", "email", "not a valid e-mail address");
        }
    }

    public static EmailAddress of(String value) {
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-013", "email", "an e-mail address is required");
        }
        return new EmailAddress(value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
