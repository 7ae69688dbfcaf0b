/** What the host knows about installed plugins, and the ports to their storage and the tenants' switches. */
package io.tacitcrm.plugin.domain;
