package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.LinkPurpose;
import java.time.Instant;
import java.util.Locale;

/** What a one-time link is for and whose it is, for the screen it opens; nothing a stranger could not read in it. */
public record LinkDetails(LinkPurpose purpose, String name, String email, String workspace, String company,
                          Locale locale, Instant expiresAt) {
}
