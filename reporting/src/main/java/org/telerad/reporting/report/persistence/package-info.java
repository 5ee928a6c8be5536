/** Reports in tables {@code reporting_report}, {@code reporting_report_version}, {@code reporting_critical_finding} (JDBC). */
package org.telerad.reporting.report.persistence;
