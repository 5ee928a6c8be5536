/** Answers a task's viewer link to the callers allowed to see the task's details, and audits each answer. */
package org.telerad.routing.viewer.application;
