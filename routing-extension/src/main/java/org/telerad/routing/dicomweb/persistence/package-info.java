/** Finds a study's reading tasks in the reading-task store. */
package org.telerad.routing.dicomweb.persistence;
