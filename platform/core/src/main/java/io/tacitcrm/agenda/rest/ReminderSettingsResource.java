package io.tacitcrm.agenda.rest;

import io.tacitcrm.agenda.domain.ReminderSetting;
import io.tacitcrm.agenda.service.Reminders;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET|PUT /me/reminder-settings}: the caller's time zone for reminders and the morning digest by mail. */
@Tag(name = "Reminders")
@Path("me/reminder-settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderSettingsResource {

    @Inject
    Reminders reminders;

    /**
     * {@code timeZone}: an IANA zone such as Asia/Shanghai, or null to follow the browser (learnt at sign-in);
     * {@code effectiveTimeZone}: the zone in use now; {@code digest}: a morning digest by mail at 07:00.
     */
    public record ReminderSettingsJson(String timeZone, String effectiveTimeZone, Boolean digest) {
    }

    @Operation(operationId = "getMyReminderSettings", summary = "Read my reminder settings")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReminderSettingsJson.class)))
    @GET
    public Response settings() {
        return settingsResponse(reminders.settings());
    }

    @Operation(operationId = "setMyReminderSettings", summary = "Change my reminder settings")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReminderSettingsJson.class)))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSettings(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ReminderSettingsJson body) {
        List<FieldError> errors = new ArrayList<>();
        Optional<ZoneId> zone = Optional.empty();
        try {
            zone = Optional.ofNullable(body.timeZone()).filter(z -> !z.isBlank()).map(ZoneId::of);
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "zone.invalid", "must be a time zone such as Asia/Shanghai"));
        }
        if (body.digest() == null) {
            errors.add(new FieldError("digest", "required", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long expected = ETags.expected(ifMatch).value().orElseGet(() -> reminders.settings().version());
        return settingsResponse(reminders.changeSettings(zone, body.digest(), expected));
    }

    private Response settingsResponse(ReminderSetting s) {
        return Response.ok(new ReminderSettingsJson(s.timeZone().map(ZoneId::getId).orElse(null),
                reminders.zone().getId(), s.digest())).tag(ETags.of(s.version())).build();
    }
}
