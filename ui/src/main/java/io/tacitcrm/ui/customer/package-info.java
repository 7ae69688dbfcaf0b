/** Customers in the browser: a lazily loaded, searchable, sortable grid and a form to open and edit accounts. */
package io.tacitcrm.ui.customer;
