/** The home layout on the request transaction's connection. */
package io.tacitcrm.home.infrastructure;
