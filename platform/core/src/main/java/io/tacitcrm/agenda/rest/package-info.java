/** The agenda's API: the caller's reminders and their settings, the company's limits, the calendar feed. */
package io.tacitcrm.agenda.rest;
