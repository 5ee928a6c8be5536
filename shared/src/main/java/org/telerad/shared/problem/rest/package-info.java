/**
 * The REST edge of the error model: every failure of a JAX-RS call answers {@code application/problem+json}
 * with a stable code and a sentence, never a stack trace or an echo of personal values; unexpected failures are
 * logged under a correlation id that the answer carries.
 */
package org.telerad.shared.problem.rest;
