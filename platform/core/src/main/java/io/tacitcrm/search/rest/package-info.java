/** {@code GET /search}: the one search box over the API. */
package io.tacitcrm.search.rest;
