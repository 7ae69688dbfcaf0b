/**
 * Tenancy services: the request's tenant (resolved once, from the authenticated principal) and company sign-up, which
 * provisions a tenant with its first admin, default roles, sales process and sharing defaults in one transaction.
 */
package io.tacitcrm.tenancy.service;
