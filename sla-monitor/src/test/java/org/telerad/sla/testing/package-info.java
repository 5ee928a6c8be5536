/** Test fixtures of the SLA monitor: an adjustable clock and ready-made contracts. */
package org.telerad.sla.testing;
