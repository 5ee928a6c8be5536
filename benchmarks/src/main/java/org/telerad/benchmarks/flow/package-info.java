/**
 * Load harness for the flows of a running Telerad stack (archive POST → assigned, Orthanc first instance →
 * assigned): plain main classes in the benchmarks jar, not JMH and not tests; see docs/benchmarks.md "Flows".
 */
package org.telerad.benchmarks.flow;
