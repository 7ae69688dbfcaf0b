/** The header's one search box: customers, contacts, deals and the plugins' records, only what the user may see. */
package io.tacitcrm.search.service;
