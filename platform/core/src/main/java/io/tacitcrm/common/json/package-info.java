/** Reading JSON the same strict way at every door: the core's REST resources and the bodies the host binds for plugins. */
package io.tacitcrm.common.json;
