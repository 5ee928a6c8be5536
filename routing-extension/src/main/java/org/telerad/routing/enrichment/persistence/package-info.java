/** The enrichment backlog in table {@code routing_task_enrichment}. */
package org.telerad.routing.enrichment.persistence;
