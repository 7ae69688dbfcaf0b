/** The outbox in PostgreSQL and the SMTP transport (Eclipse Angus Mail). */
package io.tacitcrm.mail.infrastructure;
