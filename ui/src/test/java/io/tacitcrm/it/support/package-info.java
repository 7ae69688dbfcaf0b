/**
 * Test support: one embedded PostgreSQL and one packaged Open Liberty server for the whole integration run, started
 * on first use and stopped when the JUnit launcher session closes.
 */
package io.tacitcrm.it.support;
