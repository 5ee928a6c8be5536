/**
 * The report lifecycle against the deployed test stack: a routed task's report drafted, signed preliminary and
 * final, amended; signing refused when a license or privilege is gone at that instant; bad input refused with
 * nothing signed.
 */
package org.telerad.it.reporting;
