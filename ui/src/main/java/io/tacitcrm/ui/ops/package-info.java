/**
 * The hosting operators' console under {@code /ops}: a realm of its own (its sign-in with a second factor, its
 * session), the workspaces with their usage, and a workspace's page with its status and audit.
 */
package io.tacitcrm.ui.ops;
