/**
 * The Tacit CRM web application: Vaadin views by feature ({@code session}: login and sign-up; {@code customer}:
 * customers), the app shell and translations. Views talk to core services only — never to the database.
 */
package io.tacitcrm.ui;
