/** REST resources of footprints and the customer timeline. */
package io.tacitcrm.activity.rest;
