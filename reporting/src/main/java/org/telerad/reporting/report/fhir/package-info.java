/** FHIR R4 {@code DiagnosticReport} read and search over signed reports (HAPI plain server provider). */
package org.telerad.reporting.report.fhir;
