package io.tacitcrm.mail.domain;

/** Hands a message to the mail system. */
public interface MailTransport {

    /** Whether a mail server is configured; without one, mail waits in the outbox. */
    boolean configured();

    void send(OutgoingMail mail) throws MailFailure;
}
