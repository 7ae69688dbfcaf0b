/** Extension points into the sales process: checks before a deal moves on. */
package io.tacitcrm.api.sales;
