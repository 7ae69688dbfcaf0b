/**
 * Read-only views of the CRM's records for plugins. Every reader applies the current user's visibility: what the user
 * may not see is absent, exactly as in the application.
 */
package io.tacitcrm.api.records;
