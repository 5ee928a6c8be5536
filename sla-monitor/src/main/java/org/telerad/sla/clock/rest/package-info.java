/** REST for a task's reading clock: {@code /api/tasks/{id}/clock} (read, pause, resume). */
package org.telerad.sla.clock.rest;
