package io.tacitcrm.access.rest;

import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.service.SharingAdministration;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code {account, opportunity}}: PRIVATE, PUBLIC_READ or PUBLIC_READ_WRITE. */
@Tag(name = "Sharing",
        description = "Org-wide defaults and sharing rules: who may see records beyond owner and hierarchy.")
@Path("sharing/defaults")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SharingDefaultsResource {

    public record DefaultsJson(String account, String opportunity) {
    }

    @Inject
    SharingAdministration sharing;

    @Operation(operationId = "getSharingDefaults", summary = "Read the org-wide defaults")
    @GET
    public DefaultsJson get() {
        Map<String, OrgWideDefault> d = sharing.defaults();
        return new DefaultsJson(d.get(SharingAdministration.ACCOUNT).name(), d.get(SharingAdministration.OPPORTUNITY)
                .name());
    }

    @Operation(operationId = "setSharingDefaults", summary = "Set the org-wide defaults")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DefaultsJson put(@NotNull DefaultsJson body) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, OrgWideDefault> changes = new HashMap<>();
        parse(errors, changes, SharingAdministration.ACCOUNT, body.account());
        parse(errors, changes, SharingAdministration.OPPORTUNITY, body.opportunity());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        sharing.change(changes);
        return get();
    }

    private static void parse(List<FieldError> errors, Map<String, OrgWideDefault> changes, String field,
            String value) {
        if (value == null) {
            return;
        }
        try {
            changes.put(field, OrgWideDefault.valueOf(value));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "enum", "must be PRIVATE, PUBLIC_READ or PUBLIC_READ_WRITE"));
        }
    }
}
