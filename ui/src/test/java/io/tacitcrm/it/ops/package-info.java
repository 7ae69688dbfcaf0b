/** The hosting operators' realm: its API, its separation from the tenants' one, and what it shows of a workspace. */
package io.tacitcrm.it.ops;
