/** Sample data a new company loads to try the product: which customers are samples. */
package io.tacitcrm.sample.domain;
