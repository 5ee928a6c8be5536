/** The WAR assembly: wires the modules into one deployment at {@code /telerad}. Nothing imports it. */
package org.telerad.app;
