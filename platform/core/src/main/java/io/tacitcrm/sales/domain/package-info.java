/** Sales: the tenant's own sales process (ordered stages with probability and kind). Opportunities come later. */
package io.tacitcrm.sales.domain;
