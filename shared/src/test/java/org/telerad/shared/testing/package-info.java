/** Test support shared by the modules (published as telerad-shared's test-jar): real PostgreSQL, embedded. */
package org.telerad.shared.testing;
