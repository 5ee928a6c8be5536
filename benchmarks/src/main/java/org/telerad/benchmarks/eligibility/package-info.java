/**
 * JMH benchmarks of eligibility: a synthetic registry of the size the foundation issue asks for (1,000
 * radiologists with 5 licenses and 20 privileges each) and the throughput of one decision over all of them.
 * Run from the shaded {@code benchmarks/target/benchmarks.jar}; see {@code docs/benchmarks.md}.
 */
package org.telerad.benchmarks.eligibility;
