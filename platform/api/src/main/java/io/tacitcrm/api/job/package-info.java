/**
 * Work the host runs later, on a schedule, once per company that has your plugin switched on — exactly once per
 * scheduled time even when several servers run (they claim each run in the database).
 */
@Beta
package io.tacitcrm.api.job;

import io.tacitcrm.api.Beta;
