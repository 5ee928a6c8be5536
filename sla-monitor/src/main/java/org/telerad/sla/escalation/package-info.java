/** The escalation ladder: what Telerad does when a rung of a task's contract ladder is reached. */
package org.telerad.sla.escalation;
