/**
 * Sales services: the process (defaults for new tenants, the editor's replace), opportunities and their stage moves.
 */
package io.tacitcrm.sales.service;
