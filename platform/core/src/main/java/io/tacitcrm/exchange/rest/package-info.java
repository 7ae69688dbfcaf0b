/** REST endpoints of CSV import and export. */
package io.tacitcrm.exchange.rest;
