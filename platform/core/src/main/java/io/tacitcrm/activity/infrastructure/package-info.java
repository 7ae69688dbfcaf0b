/** JPA implementations for footprints, including the evidence stage requirements are checked against. */
package io.tacitcrm.activity.infrastructure;
