/** HTTP tests of the REST API against the packaged server, named as behaviour. */
package io.tacitcrm.it.api;
