package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.ConstraintViolationMapper;
import io.tacitcrm.common.rest.DomainExceptionMapper;
import io.tacitcrm.common.rest.EndpointGroupFilter;
import io.tacitcrm.common.rest.JsonConfiguration;
import io.tacitcrm.common.rest.RequestBodies;
import io.tacitcrm.common.rest.UnexpectedErrorMapper;
import io.tacitcrm.common.rest.UnreadableBodyMapper;
import io.tacitcrm.common.rest.WebApplicationExceptionMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The hosting operators' API, an application of its own: it lists its classes, so none of the tenants' resources or
 * filters is part of it, and its own filter admits operator tokens only. Its resources' paths begin with {@code v1/},
 * so that the tenants' application, which finds every resource of the module, has them only under
 * {@code /api/v1/v1/}, where it refuses them ({@link OpsRealmWall}), and none clashes with a tenant path.
 */
@ApplicationPath("/api/ops")
public class OpsApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OpsAuthenticationFilter.class, OpsBootstrapResource.class, OpsSessionResource.class,
                OpsOperatorResource.class, OpsTenantResource.class, OpsAuditResource.class, OpsPlanResource.class,
                OpsSignupPolicyResource.class, OpsPluginResource.class,
                DomainExceptionMapper.class, ConstraintViolationMapper.class, UnexpectedErrorMapper.class,
                UnreadableBodyMapper.class, WebApplicationExceptionMapper.class, JsonConfiguration.class,
                RequestBodies.class, EndpointGroupFilter.class);
    }
}
