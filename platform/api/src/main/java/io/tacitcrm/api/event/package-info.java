/** Domain events a plugin can listen to. */
package io.tacitcrm.api.event;
