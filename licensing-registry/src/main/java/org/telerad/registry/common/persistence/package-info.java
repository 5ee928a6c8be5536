/** What the registry's JPA repositories share: flushing inside the service call and translating failures. */
package org.telerad.registry.common.persistence;
