/** Reading and saving the caller's own home layout. */
package io.tacitcrm.home.service;
