/** {@code /api/report-templates}: list, read, create and revise templates. */
package org.telerad.reporting.template.rest;
