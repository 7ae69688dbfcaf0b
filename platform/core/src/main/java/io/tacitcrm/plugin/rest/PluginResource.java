package io.tacitcrm.plugin.rest;

import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.plugin.domain.JobRun;
import io.tacitcrm.plugin.service.JobScheduler;
import io.tacitcrm.plugin.service.ModuleSettings;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.plugin.service.SettingValue;
import io.tacitcrm.plugin.service.TenantPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /plugins}: the plugins installed on this server, with their status and this workspace's switch;
 * {@code PATCH /plugins/{id}} {@code {"enabled": true|false}} (needs {@code plugins.manage});
 * {@code GET/PATCH /plugins/{id}/settings}: the settings a switched-on module describes.
 */
@Tag(name = "Plugins", description = "Installed modules and their switch per workspace.")
@Path("plugins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    PluginEnablement enablement;
    @Inject
    ModuleSettings settings;
    @Inject
    JobScheduler jobs;

    /** A module setting: its description, its value (the default until changed) and whether you may change it. */
    public record SettingJson(String key, String kind, String label, String value, String defaultValue,
                              boolean changed, boolean editable, Long min, Long max, List<ChoiceJson> choices,
                              String changedBy) {
        static SettingJson of(SettingValue v) {
            ModuleSetting s = v.setting();
            boolean bounded = s.kind() == ModuleSetting.Kind.INTEGER || s.kind() == ModuleSetting.Kind.TEXT;
            return new SettingJson(s.key(), s.kind().name(), s.label(), v.value(), s.defaultValue(), v.changed(),
                    v.editable(), bounded ? s.min() : null, bounded ? s.max() : null,
                    s.kind() == ModuleSetting.Kind.CHOICE ? s.choices().stream()
                            .map(c -> new ChoiceJson(c.value(), c.label())).toList() : null, s.changedBy());
        }
    }

    /** One run of a module's scheduled job for this company; finishedAt and outcome are null while it runs. */
    public record JobRunJson(String job, Instant scheduledAt, String server, Instant startedAt, Instant finishedAt,
                             String outcome, String detail) {
        static JobRunJson of(JobRun run) {
            return new JobRunJson(run.job(), run.scheduledAt(), run.server(), run.startedAt(),
                    run.finishedAt().orElse(null), run.outcome().map(Enum::name).orElse(null),
                    run.detail().orElse(null));
        }
    }

    public record JobRunListJson(List<JobRunJson> items) {
    }

    /** One value of a choice and what it means. */
    public record ChoiceJson(String value, String label) {
    }

    public record SettingListJson(List<SettingJson> items) {
        static SettingListJson of(List<SettingValue> values) {
            return new SettingListJson(values.stream().map(SettingJson::of).toList());
        }
    }

    public record PluginJson(String id, String name, String description, String version, String provider,
            String requires,
                             String status, String problem, boolean enabled) {
        static PluginJson of(TenantPlugin p) {
            var i = p.plugin();
            return new PluginJson(i.id(), p.name(), p.description(), i.version(), i.provider(), i.requires(),
                    i.status().name(), i.problem().orElse(null), p.enabled());
        }
    }

    public record SwitchJson(Boolean enabled) {
    }

    @Operation(operationId = "listPlugins", summary = "Installed modules and whether this workspace has them on")
    @GET
    public List<PluginJson> list() {
        return enablement.list().stream().map(PluginJson::of).toList();
    }

    @Operation(operationId = "switchPlugin", summary = "Switch a module on or off for this workspace")
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public PluginJson change(@PathParam("id") String id, SwitchJson body) {
        if (body == null || body.enabled() == null) {
            throw new InvalidInputException(List.of(new FieldError("enabled", "required", "must be true or false")));
        }
        return PluginJson.of(enablement.set(id, body.enabled()));
    }

    @Operation(operationId = "listPluginJobRuns", summary = "This workspace's latest runs of a module's scheduled jobs")
    @GET
    @Path("{id}/jobs")
    public JobRunListJson jobRuns(@PathParam("id") String id) {
        return new JobRunListJson(jobs.recent(id).stream().map(JobRunJson::of).toList());
    }

    /** Runs a job for this workspace now (needs plugins.manage); answers the run once it has ended. */
    @Operation(operationId = "runPluginJob", summary = "Run a module's scheduled job for this workspace now")
    @POST
    @Path("{id}/jobs/{job}/runs")
    public JobRunJson runJob(@PathParam("id") String id, @PathParam("job") String job) {
        return JobRunJson.of(jobs.runNow(id, job));
    }

    @Operation(operationId = "listPluginSettings", summary = "A switched-on module's settings and their values")
    @GET
    @Path("{id}/settings")
    public SettingListJson settings(@PathParam("id") String id) {
        return SettingListJson.of(settings.read(id));
    }

    /**
     * Sets settings by key: a string, whole number or boolean as the setting's kind asks, or null to put one back to
     * its default. All or nothing: every bad value is reported at once (422, the key as the field).
     */
    @Operation(operationId = "changePluginSettings", summary = "Change a module's settings (merge patch by key)")
    @PATCH
    @Path("{id}/settings")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public SettingListJson changeSettings(@PathParam("id") String id, @RequestBody(content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = Schema.True.class)),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = Schema.True.class))}) @NotNull JsonObject patch) {
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        patch.forEach((key, value) -> {
            switch (value.getValueType()) {
                case NULL -> changes.put(key, Optional.empty());
                case STRING -> changes.put(key, Optional.of(((JsonString) value).getString()));
                case TRUE, FALSE -> changes.put(key, Optional.of(value.toString()));
                case NUMBER -> {
                    JsonNumber number = (JsonNumber) value;
                    if (number.isIntegral()) {
                        changes.put(key, Optional.of(number.bigIntegerValue().toString()));
                    } else {
                        errors.add(new FieldError(key, "setting.not-integer", "must be a whole number"));
                    }
                }
                default -> errors.add(new FieldError(key, "type.invalid", "must be a string, number, boolean or null"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return SettingListJson.of(settings.change(id, changes));
    }
}
