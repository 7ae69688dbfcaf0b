/** Audit: an append-only log of who changed what and when, in the same transaction as the change itself. */
package io.tacitcrm.audit.domain;
