package io.tacitcrm.agenda.domain;

/** The request's workspace's reminder limits. */
public interface ReminderPolicies {

    /** The company's policy, or {@link ReminderPolicy#DEFAULT} until it sets one. */
    ReminderPolicy find();

    /** Saves the policy if it is still at {@code expectedVersion}. */
    boolean save(ReminderPolicy policy, long expectedVersion);
}
