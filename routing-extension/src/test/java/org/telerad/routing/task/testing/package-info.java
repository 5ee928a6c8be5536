/** Fixtures for reading-task tests: requests shaped like an archive's. */
package org.telerad.routing.task.testing;
