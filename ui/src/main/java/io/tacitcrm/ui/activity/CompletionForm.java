package io.tacitcrm.ui.activity;

/** What came of a planned footprint, as the "done" dialog edits it; named as the service names the field. */
public record CompletionForm(String outcome) {

    static CompletionForm blank() {
        return new CompletionForm("");
    }
}
