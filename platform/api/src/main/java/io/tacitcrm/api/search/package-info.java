/** The header's one search box: a plugin adds its own records to what it finds. */
package io.tacitcrm.api.search;
