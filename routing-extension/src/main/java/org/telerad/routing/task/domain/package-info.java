/**
 * Reading tasks: the UPS workitems Telerad manages as IHE RRR-WF Task Manager. The {@link
 * org.telerad.routing.task.domain.ReadingTask} aggregate, its value types and past-tense events, and the
 * {@link org.telerad.routing.task.domain.ReadingTasks} port. Pure Java: no JAX-RS, JPA, CDI or DICOM types.
 */
package org.telerad.routing.task.domain;
