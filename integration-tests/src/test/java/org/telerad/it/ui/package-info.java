/** The web UI as the WAR serves it: deep links, its login configuration, its read models and change stream. */
package org.telerad.it.ui;
