/**
 * The agenda's use cases: a user's reminders (raised when read, and each morning for the digest), their settings, the
 * company's limits, reminders of handovers, the morning digest by mail, and the calendar feed.
 */
package io.tacitcrm.agenda.service;
