package io.tacitcrm.transfer.rest;

import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.transfer.domain.Pool;
import io.tacitcrm.transfer.domain.PoolPolicy;
import io.tacitcrm.transfer.domain.PooledCustomer;
import io.tacitcrm.transfer.service.PublicPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public pool: {@code GET /pool} (cursor-paged), {@code POST /pool/{accountId}/claim}, {@code GET|PUT /pool/policy}
 * {@code {idleDays (null = off), claimCap}} with If-Match, {@code POST /pool/sweep}.
 */
@Tag(name = "Transfers")
@Path("pool")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PoolResource {

    @Inject
    PublicPool pool;

    public record PooledJson(String id, String name, String industry, String region, String valueTier, Instant pooledAt,
                             String lastOwnerId, String lastOwnerName, Instant lastFootprintAt) {
        static PooledJson of(PooledCustomer c) {
            return new PooledJson(c.id().toString(), c.name(), c.industry().orElse(null), c.region().orElse(null),
                    c.valueTier().orElse(null),
                    c.pooledAt(), c.lastOwner().toString(), c.lastOwnerName(), c.lastFootprint().orElse(null));
        }
    }

    public record PoolPageJson(List<PooledJson> items, String nextCursor) {
    }

    public record PolicyJson(Integer idleDays, Integer claimCap) {
        static PolicyJson of(PoolPolicy p) {
            return new PolicyJson(p.idleDays().orElse(null), p.claimCap());
        }
    }

    @Operation(operationId = "listPool", summary = "List the customers in the public pool")
    @GET
    public PoolPageJson list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var page = pool.page(QueryParams.text(cursor).map(Pool.PoolCursor::decode), PageLimit.of(limit));
        return new PoolPageJson(page.items().stream().map(PooledJson::of).toList(), page.nextCursor().orElse(null));
    }

    @Operation(operationId = "claimFromPool", summary = "Claim a customer from the pool")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @POST
    @Path("{id}/claim")
    public Response claim(@PathParam("id") String id) {
        pool.claim(new AccountId(PathIds.uuid(id, "account")));
        return Response.noContent().build();
    }

    @Operation(operationId = "getPoolPolicy", summary = "Read the pool policy")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyJson.class)))
    @GET
    @Path("policy")
    public Response policy() {
        PoolPolicy policy = pool.policy();
        return Response.ok(PolicyJson.of(policy)).tag(ETags.of(policy.version())).build();
    }

    @Operation(operationId = "setPoolPolicy", summary = "Set the pool policy")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyJson.class)))
    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePolicy(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull PolicyJson body) {
        long expected = ETags.expected(ifMatch).value().orElseGet(() -> pool.policy().version());
        PoolPolicy changed = pool.changePolicy(Optional.ofNullable(body.idleDays()),
                body.claimCap() == null ? PoolPolicy.DEFAULT_CAP : body.claimCap(), expected);
        return Response.ok(PolicyJson.of(changed)).tag(ETags.of(changed.version())).build();
    }

    @Operation(operationId = "sweepPool", summary = "Return untended customers to the pool now")
    @POST
    @Path("sweep")
    public Map<String, Integer> sweep() {
        return Map.of("returned", pool.sweepNow());
    }
}
