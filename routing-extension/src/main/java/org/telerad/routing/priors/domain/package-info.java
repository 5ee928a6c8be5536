/** Priors in Telerad's words: the archive port, the residency policy, the prior's states. No JAX-RS, no JPA. */
package org.telerad.routing.priors.domain;
