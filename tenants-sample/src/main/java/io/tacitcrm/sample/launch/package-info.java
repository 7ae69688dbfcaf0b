/**
 * Running Tacit on a developer's machine and in tests: an embedded PostgreSQL with the two roles Tacit expects, and
 * the packaged Open Liberty server as a child process configured through environment variables.
 */
package io.tacitcrm.sample.launch;
