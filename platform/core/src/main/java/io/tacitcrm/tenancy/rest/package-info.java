/** Tenancy over REST: public company sign-up. */
package io.tacitcrm.tenancy.rest;
