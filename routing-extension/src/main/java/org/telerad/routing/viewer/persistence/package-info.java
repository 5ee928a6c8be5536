/** Adapters: the study of a task from the reading-task store, the URL template from the archive configuration. */
package org.telerad.routing.viewer.persistence;
