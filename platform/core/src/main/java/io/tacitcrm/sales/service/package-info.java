/** Sales services: installing a new tenant's default sales process. */
package io.tacitcrm.sales.service;
