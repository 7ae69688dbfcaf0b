package io.tacitcrm.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class EndpointGroupFilterTest {

    @Path("/accounts/")
    static class Accounts {
    }

    static class AccountsProxy extends Accounts {
    }

    @Path("v1/tenants")
    static class OpsTenants {
    }

    static class Unannotated {
    }

    @Test
    void the_group_is_the_resource_path_template_even_behind_a_proxy() {
        assertEquals("accounts", EndpointGroupFilter.group(false, Accounts.class));
        assertEquals("accounts", EndpointGroupFilter.group(false, AccountsProxy.class));
    }

    @Test
    void the_operators_api_is_grouped_apart_without_its_version() {
        assertEquals("ops/tenants", EndpointGroupFilter.group(true, OpsTenants.class));
    }

    @Test
    void a_resource_without_a_path_falls_into_other() {
        assertEquals("other", EndpointGroupFilter.group(false, Unannotated.class));
        assertEquals("ops/other", EndpointGroupFilter.group(true, Unannotated.class));
    }
}
