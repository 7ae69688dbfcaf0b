/** Accounts over REST ({@code /api/v1/accounts}): cursor-paged list, create, get, merge-patch with If-Match, delete. */
package io.tacitcrm.customer.rest;
