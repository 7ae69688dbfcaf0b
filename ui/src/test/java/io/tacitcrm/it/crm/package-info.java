/** Integration tests of the core CRM over HTTP: contacts, the sales process, opportunities, footprints, audit. */
package io.tacitcrm.it.crm;
