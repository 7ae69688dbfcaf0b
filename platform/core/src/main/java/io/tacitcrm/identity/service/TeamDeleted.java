package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.TeamId;

/**
 * Fired inside the transaction that deletes a team: access removes the team's shares, and refuses (rolling the deletion
 * back) while sharing rules still name the team.
 */
public record TeamDeleted(TeamId team) {
}
