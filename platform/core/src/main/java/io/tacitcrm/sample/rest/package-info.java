/** {@code /sample-data}: load, inspect, remove. */
package io.tacitcrm.sample.rest;
