/**
 * Faults, each provoked for real: a server killed in the middle of bulk work, the database stopped under load. Each
 * test starts servers (and a database) of its own, so the suite's shared server is never harmed.
 */
package io.tacitcrm.it.faults;
