package io.tacitcrm.mail.domain;

/**
 * A message was not accepted. {@code permanent} when trying again cannot help (the server refused the address);
 * otherwise (connection lost, server busy) it is tried again later.
 */
public class MailFailure extends Exception {

    private final boolean permanent;

    public MailFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
