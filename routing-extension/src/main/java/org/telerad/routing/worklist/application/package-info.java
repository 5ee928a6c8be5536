/** Who sees which tasks on the worklist ({@link org.telerad.routing.worklist.application.WorklistScope}) and the port that reads them. */
package org.telerad.routing.worklist.application;
