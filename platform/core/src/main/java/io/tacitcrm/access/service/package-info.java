/** Access services: installing a new tenant's sharing defaults (accounts and opportunities PRIVATE). */
package io.tacitcrm.access.service;
