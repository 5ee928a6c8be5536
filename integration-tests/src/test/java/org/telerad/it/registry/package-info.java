/**
 * Integration tests of the credentialing registry's REST API against the deployed stack: who may do what,
 * validation answers, optimistic concurrency and facility-scoped privileges. They create their own records
 * with unique codes and never assume an empty registry.
 */
package org.telerad.it.registry;
