/** Integration tests of authentication and roles at the API edge, and of the shared REST conventions. */
package org.telerad.it.security;
