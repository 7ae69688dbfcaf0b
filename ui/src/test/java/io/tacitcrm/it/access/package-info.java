/** The record-access model through the API, held to an independent oracle by property-based tests (jqwik). */
package io.tacitcrm.it.access;
