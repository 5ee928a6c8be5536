/** In-memory fakes of the registry's repositories and the audit trail, and caller fixtures, for unit tests. */
package org.telerad.registry.testing;
