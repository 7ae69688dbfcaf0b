package io.tacitcrm.common.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The Tacit CRM REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Tacit CRM API", version = "1",
        description = "Multi-tenant CRM. Authenticate with `POST /sessions`, then send"
                + " `Authorization: Bearer <token>`."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class TacitApi extends Application {
}
