/** Screens a plugin adds to the application: whole views and panels on record pages. */
package io.tacitcrm.api.ui;
