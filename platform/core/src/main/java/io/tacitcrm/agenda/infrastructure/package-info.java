/** The agenda in plain SQL: reminders are raised set-based, one statement per kind, for one user at a time. */
package io.tacitcrm.agenda.infrastructure;
