/**
 * Use cases on radiologists: register, read, revise, deactivate, reactivate and search, each checked
 * against the caller's roles and written to the audit trail in the same transaction.
 */
package org.telerad.registry.radiologist.application;
