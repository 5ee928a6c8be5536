/** The viewer link's vocabulary: URL templates, the study a task shows, the ports to find both. */
package org.telerad.routing.viewer.domain;
