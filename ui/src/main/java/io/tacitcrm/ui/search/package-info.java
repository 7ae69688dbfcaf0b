/** The header's one search box. */
package io.tacitcrm.ui.search;
