package io.tacitcrm.home.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.home.domain.HomeLayout;
import io.tacitcrm.home.domain.HomeLayouts;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The caller's own home layout: anyone may arrange their own page, nobody anyone else's. */
@ApplicationScoped
@Transactional
public class HomeLayoutService {

    private final HomeLayouts layouts;
    private final CurrentPrincipal caller;

    @Inject
    public HomeLayoutService(HomeLayouts layouts, CurrentPrincipal caller) {
        this.layouts = layouts;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected HomeLayoutService() {
        this(null, null);
    }

    public HomeLayout mine() {
        return layouts.of(caller.require().userId()).orElse(HomeLayout.DEFAULT);
    }

    /** Saves the caller's layout; keys that are not card keys, or too many of them, are field errors (422). */
    public HomeLayout save(List<String> order, Collection<String> hidden) {
        List<FieldError> errors = new ArrayList<>();
        check("order", order, errors);
        check("hidden", hidden, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        HomeLayout layout = new HomeLayout(order, Set.copyOf(hidden));
        layouts.save(caller.require().userId(), layout);
        return layout;
    }

    private static void check(String field, Collection<String> keys, List<FieldError> errors) {
        if (keys.size() > HomeLayout.MAX_CARDS) {
            errors.add(new FieldError(field, "too-many", "at most " + HomeLayout.MAX_CARDS + " cards"));
        } else if (!keys.stream().allMatch(HomeLayout::isKey)) {
            errors.add(new FieldError(field, "card.invalid", "card keys look like core:my-day or plugin-id:widget"));
        }
    }
}
