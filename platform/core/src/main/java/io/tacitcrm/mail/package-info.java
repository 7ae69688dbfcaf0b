/**
 * Mail the product sends (invitations, password resets, confirmations): written to an outbox in the transaction of the
 * change it reports, sent after commit by a worker over SMTP, retried with growing pauses, never in a request's way.
 * Depends on tenancy only (whose workspace a message belongs to); the features that send mail depend on it.
 */
package io.tacitcrm.mail;
