package io.tacitcrm.identity.service;

/** A personal token just created, with the secret — shown this once, stored only as its hash. */
public record CreatedToken(PersonalToken token, String secret) {
}
