/** {@code /transfers} and {@code /accounts/{id}/handover}. */
package io.tacitcrm.transfer.rest;
