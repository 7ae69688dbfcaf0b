/** The sample marks in plain SQL. */
package io.tacitcrm.sample.infrastructure;
