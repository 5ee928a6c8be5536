/**
 * Privileges: a facility's permission for one radiologist to read its studies, with a status, validity
 * dates and a scope (modalities, subspecialties, read types), granted by a named person.
 */
package org.telerad.registry.privilege.domain;
