/** Access over REST: the workspace's org-wide sharing defaults. Record shares live under each record's resource. */
package io.tacitcrm.access.rest;
