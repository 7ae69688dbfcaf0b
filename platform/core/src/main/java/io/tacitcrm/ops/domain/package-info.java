/**
 * The hosting operators' realm: operators (never tenant users) with a password and a second factor, their short-lived
 * sessions, and what they did. Operators see workspaces' metadata and counts, never a workspace's records.
 */
package io.tacitcrm.ops.domain;
