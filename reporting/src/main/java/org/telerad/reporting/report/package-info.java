/**
 * The report lifecycle: one report per study, drafted and signed on its reading tasks (preliminary, final,
 * addenda and corrections), signing re-checked against the registry at that instant, critical findings with
 * their documented communication; REST under {@code /api/tasks/{uid}/report} and {@code /api/reports}, FHIR
 * {@code DiagnosticReport}. See docs/reporting.md.
 */
package org.telerad.reporting.report;
