package io.tacitcrm.ui.session;

import jakarta.validation.constraints.NotBlank;

/** A password chosen from a link: the password (named as the service names it) and the same again. */
public record ChosenPasswordForm(@NotBlank(message = "{tacit.required}") String password,
                                 @NotBlank(message = "{tacit.required}") String repeated) {

    static ChosenPasswordForm blank() {
        return new ChosenPasswordForm("", "");
    }
}
