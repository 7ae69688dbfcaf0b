/**
 * Figures: sums and counts over the CRM's records, computed by the host in the database, counting only records the
 * user may open — for dashboards and analytics that must stay fast on large workspaces.
 */
package io.tacitcrm.api.figures;
