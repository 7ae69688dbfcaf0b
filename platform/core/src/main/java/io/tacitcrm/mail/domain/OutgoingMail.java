package io.tacitcrm.mail.domain;

import java.util.Objects;

/**
 * A message to one recipient, rendered in the recipient's language as plain text and HTML.
 *
 * @param kind what it is about (a template's name), kept with the message for the operator's record
 */
public record OutgoingMail(String kind, String recipient, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
