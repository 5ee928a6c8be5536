/** What an archive tells about a study's series, the port that asks it, and how the answers combine. */
package org.telerad.routing.enrichment.domain;
