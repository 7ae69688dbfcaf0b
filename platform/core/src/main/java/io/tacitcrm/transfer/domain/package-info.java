/** Transfers, what they select (criteria) and what they leave the new owner (dossiers). */
package io.tacitcrm.transfer.domain;
