/**
 * Smoke tests of the deployed stack itself: WildFly health, the demo realm's tokens, and that the API refuses
 * requests without a valid bearer token.
 */
package org.telerad.it.stack;
