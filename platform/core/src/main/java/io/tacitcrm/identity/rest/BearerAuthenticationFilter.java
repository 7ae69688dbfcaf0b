package io.tacitcrm.identity.rest;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.common.rest.DomainExceptionMapper;
import io.tacitcrm.common.rest.Problem;
import io.tacitcrm.common.rest.Endpoints;
import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.SessionEndedException;
import io.tacitcrm.identity.service.SessionTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Resolves the caller — and with it the tenant — once per request, from the bearer token only. Requests to anything
 * but a {@link PublicEndpoint} without a valid token end here with 401.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resource;
    @Inject
    SessionTokens tokens;
    @Inject
    CurrentPrincipal principal;

    @Override
    public void filter(ContainerRequestContext request) {
        if (Endpoints.isPublic(resource)) {
            return;
        }
        Optional<String> token = Endpoints.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty() || !tokens.establish(token.get())) {
            request.abortWith(unauthorized());
        }
    }

    /**
     * A principal from the session cache is confirmed by its first use; a request that never used it is confirmed
     * here, before its answer leaves, so that no answer goes out on a token that had stopped being valid. When the
     * token cannot be confirmed because the database is out of reach, the answer is replaced by that 503 too (an
     * exception thrown here would leave the client an empty 500).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!principal.unconfirmed()) {
            return;
        }
        try {
            principal.get();
        } catch (SessionEndedException e) {
            replace(response, unauthorized());
        } catch (RuntimeException e) {
            DomainException refusal = PersistenceFailures.explain(e).orElseThrow(() -> e);
            replace(response, DomainExceptionMapper.response(refusal, false));
        }
    }

    private static void replace(ContainerResponseContext response, Response with) {
        response.setStatus(with.getStatus());
        response.getHeaders().clear();
        response.getHeaders().putAll(with.getHeaders());
        response.setEntity(with.getEntity());
    }

    private static Response unauthorized() {
        SessionEndedException ended = new SessionEndedException();
        return Problem.unauthorized(ended.code(), ended.getMessage());
    }
}
