package org.telerad.registry.eligibility.domain;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One way a named rule can reject: the rule's name, a stable code ({@code TELERAD-ELIG-0xx}) and how to word
 * the reason for a given {@link ReadContext}. Declared once as a constant; the sentence is rendered at most
 * once per decision (not once per radiologist), which keeps a decision over a thousand radiologists free of
 * per-radiologist string building.
 */
public final class RejectionReason {

    private static final AtomicInteger SLOTS = new AtomicInteger();

    private final String rule;
    private final String code;
    private final Function<ReadContext, String> sentence;
    private final int slot;

    private RejectionReason(String rule, String code, Function<ReadContext, String> sentence) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.code = Objects.requireNonNull(code, "code");
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.slot = SLOTS.getAndIncrement();
    }

    /**
     * Declares a reason. {@code sentence} must depend on the decision only (facility, date, query), never
     * on the radiologist, since it is rendered once and shared by every radiologist it applies to.
     */
    public static RejectionReason of(String rule, String code, Function<ReadContext, String> sentence) {
        return new RejectionReason(rule, code, sentence);
    }

    public String rule() {
        return rule;
    }

    public String code() {
        return code;
    }

    String render(ReadContext read) {
        return sentence.apply(read);
    }

    /** A small dense number, unique per declared reason, used to memoise rendered reasons. */
    int slot() {
        return slot;
    }

    static int declared() {
        return SLOTS.get();
    }

    @Override
    public String toString() {
        return rule + "/" + code;
    }
}
