/**
 * Demo data for the dev and test stacks: when system property {@code telerad.demo-data=true} and the
 * registry has no facility, seeds facilities, radiologists, licenses and privileges through the application
 * services (so the audit trail records it, as {@code telerad:demo-data}) right after the schema migration.
 */
package org.telerad.registry.demo;
