/** Writing audit entries inside the caller's transaction, and reading the log. */
package io.tacitcrm.audit.service;
