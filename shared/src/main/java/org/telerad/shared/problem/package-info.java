/**
 * The error model: domain code throws {@link org.telerad.shared.problem.TeleradException} with a stable
 * code and a sentence a person understands; the REST edge turns it into RFC 9457 problem details.
 */
package org.telerad.shared.problem;
