/** REST resources of the sales process and opportunities. */
package io.tacitcrm.sales.rest;
