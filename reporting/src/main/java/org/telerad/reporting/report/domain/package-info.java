/**
 * The report aggregate and its rules: states (draft, preliminary, final, amended), content with bounded
 * sections, signed immutable versions, addenda and corrections, critical findings with their documented
 * communication, and the named signing policies. No protocol, persistence or container types.
 */
package org.telerad.reporting.report.domain;
