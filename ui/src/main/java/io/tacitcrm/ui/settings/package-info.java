/** Administrators' settings: the role tree and the sales-process editor. */
package io.tacitcrm.ui.settings;
