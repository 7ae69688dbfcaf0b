/** A user's home layout and where it is kept. */
package io.tacitcrm.home.domain;
