/** Templates in table {@code reporting_template}, one row per version (JDBC). */
package org.telerad.reporting.template.persistence;
