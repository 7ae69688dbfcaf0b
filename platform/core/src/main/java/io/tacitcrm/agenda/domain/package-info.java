/**
 * A user's agenda beyond the footprints themselves: reminders of what falls due (with the rules of when a day, an
 * evening and a morning digest begin in the user's time zone), their settings, and the secret calendar feed.
 */
package io.tacitcrm.agenda.domain;
