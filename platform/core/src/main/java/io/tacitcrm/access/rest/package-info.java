/**
 * Access over REST: the workspace's org-wide sharing defaults and rules, and every shared record's team, shares and
 * "who can see it" ({@link io.tacitcrm.access.rest.RecordSharingResource}, located by the record's own resource).
 */
package io.tacitcrm.access.rest;
