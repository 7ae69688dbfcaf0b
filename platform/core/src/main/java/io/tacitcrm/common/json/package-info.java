/** Reading JSON the same strict way at every door: the core's REST resources and the plugins' bodies alike. */
package io.tacitcrm.common.json;
