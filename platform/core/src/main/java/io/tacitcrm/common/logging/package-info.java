/** What every log line carries: the request and the workspace it was written for. */
package io.tacitcrm.common.logging;
