/**
 * Customer services with intent-named methods: list a page of accounts, open, look at, edit, hand over and close an
 * account. The UI and the REST resources both call these; nothing else touches account data.
 */
package io.tacitcrm.customer.service;
