/**
 * Customers: the account (the customer company) with its owner, details and version. Contacts come with the core CRM
 * issue.
 */
package io.tacitcrm.customer.domain;
