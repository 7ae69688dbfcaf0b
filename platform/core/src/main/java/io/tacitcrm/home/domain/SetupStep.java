package io.tacitcrm.home.domain;

/** The first steps of a new company, in the order it takes them, each with the page where it is taken. */
public enum SetupStep {
    PROCESS("settings/process"),
    USERS("settings/users"),
    CUSTOMERS("customers"),
    TARGETS("targets"),
    MODULES("settings/plugins");

    private final String link;

    SetupStep(String link) {
        this.link = link;
    }

    /** The page where the step is taken, relative to the application's root. */
    public String link() {
        return link;
    }
}
