package io.tacitcrm.home.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.home.domain.HomeLayout;
import io.tacitcrm.home.service.HomeLayoutService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET/PUT /me/home}: the caller's home page — the card keys in the order they want ({@code core:my-day},
 * {@code <plugin id>:<widget id>}) and those they hid. Cards not named follow in the host's order.
 */
@Tag(name = "Session")
@Path("me/home")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HomeLayoutResource {

    @Inject
    HomeLayoutService layouts;

    public record HomeLayoutJson(List<String> order, List<String> hidden) {
        static HomeLayoutJson of(HomeLayout layout) {
            return new HomeLayoutJson(layout.order(), layout.hidden().stream().sorted().toList());
        }
    }

    @Operation(operationId = "getMyHome", summary = "The order and the hidden cards of my home page")
    @GET
    public HomeLayoutJson mine() {
        return HomeLayoutJson.of(layouts.mine());
    }

    @Operation(operationId = "putMyHome", summary = "Arrange my home page: the cards' order and those to hide")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public HomeLayoutJson save(HomeLayoutJson body) {
        List<FieldError> missing = new ArrayList<>();
        if (body == null || body.order() == null) {
            missing.add(new FieldError("order", "required", "a list of card keys (may be empty)"));
        }
        if (body == null || body.hidden() == null) {
            missing.add(new FieldError("hidden", "required", "a list of card keys (may be empty)"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return HomeLayoutJson.of(layouts.save(body.order(), body.hidden()));
    }
}
