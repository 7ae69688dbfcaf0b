/**
 * Benchmarks (not tests): each is a main class that builds its own data on an embedded PostgreSQL or runs the packaged
 * server, measures, and writes its figures to {@code target/benchmarks/}.
 */
package io.tacitcrm.sample.bench;
