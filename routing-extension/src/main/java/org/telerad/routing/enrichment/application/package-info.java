/** Enriching tasks at intake and retrying those whose archive could not be asked. */
package org.telerad.routing.enrichment.application;
