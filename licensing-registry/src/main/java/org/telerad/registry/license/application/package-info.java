/**
 * Use cases on licenses: add to a radiologist, read, correct, suspend, revoke, reinstate and renew, with
 * access checks and audit entries in the transaction.
 */
package org.telerad.registry.license.application;
