/** {@code /me/home}: the caller's home layout. */
package io.tacitcrm.home.rest;
