package io.tacitcrm.identity.domain;

/** A login session (expires) or a personal API token (until revoked). */
public enum TokenKind {
    SESSION, PERSONAL
}
