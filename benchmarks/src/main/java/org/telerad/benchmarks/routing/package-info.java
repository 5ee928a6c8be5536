/** JMH benchmark of one routing decision (eligibility, assignment rules, scoring, explanation) at registry scale. */
package org.telerad.benchmarks.routing;
