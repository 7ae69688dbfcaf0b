/**
 * Sales: the tenant's own sales process (ordered stages with probability, kind, guidance and entry requirements),
 * opportunities moving through it, and the history of every move.
 */
package io.tacitcrm.sales.domain;
