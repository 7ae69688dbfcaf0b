/** Logging footprints and reading them: a customer's timeline, an opportunity's, one's own day. */
package io.tacitcrm.activity.service;
