/** Set-based SQL for transfers: every row moved, shared and described by a handful of statements. */
package io.tacitcrm.transfer.infrastructure;
