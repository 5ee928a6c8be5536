/**
 * Use cases on privileges: grant, read, rescope, suspend, reinstate, revoke and search, limited for
 * facility admins to their own facilities and for radiologists to their own privileges.
 */
package org.telerad.registry.privilege.application;
