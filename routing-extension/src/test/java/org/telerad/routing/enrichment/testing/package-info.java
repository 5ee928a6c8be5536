/** In-memory fakes of the enrichment ports and the archive configuration, for tests. */
package org.telerad.routing.enrichment.testing;
