/** REST endpoints a plugin adds under {@code /api/v1/x/<plugin id>/}. */
package io.tacitcrm.api.web;
