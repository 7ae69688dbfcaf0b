/** JPA implementations of the sales repositories; opportunity lists carry the viewer's visibility condition. */
package io.tacitcrm.sales.infrastructure;
