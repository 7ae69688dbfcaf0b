/**
 * The REST application under {@code /api/v1}: RFC 9457 problem+json for every error, ETag/If-Match helpers, and the
 * marker for the few endpoints that need no authentication.
 */
package io.tacitcrm.common.rest;
