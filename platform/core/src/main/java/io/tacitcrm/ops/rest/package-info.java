/**
 * The operators' API under {@code /api/ops/v1}: an application of its own, with its own tokens and filter. A tenant's
 * token never works here, and an operator's never on {@code /api/v1}.
 */
package io.tacitcrm.ops.rest;
