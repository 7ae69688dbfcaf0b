/**
 * Bulk transfer of customers from one rep to another — with their open deals and planned footprints, a handover dossier
 * per customer and an optional read-only co-ownership period for the previous owner — all in one transaction.
 */
package io.tacitcrm.transfer;
