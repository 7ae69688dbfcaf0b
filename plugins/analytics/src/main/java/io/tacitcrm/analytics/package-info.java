/**
 * Analytics, part 1: the manager's cockpit. Figures come from the host's {@link io.tacitcrm.api.figures.Figures}
 * (computed in the database, counting only what the user may open); this package turns them into the 20/80 cut,
 * the pipeline and forecast, team activity and key-person risk — plain computations, tested with small fakes.
 */
package io.tacitcrm.analytics;
