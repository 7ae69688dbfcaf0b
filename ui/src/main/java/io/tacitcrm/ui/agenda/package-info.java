/** The bell with the user's reminders, and the reminder and calendar settings. */
package io.tacitcrm.ui.agenda;
