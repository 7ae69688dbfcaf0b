package io.tacitcrm.search.service;

import io.tacitcrm.api.search.SearchHit;
import io.tacitcrm.api.search.SearchProvider;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.domain.SearchTerm;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.service.EnabledExtension;
import io.tacitcrm.plugin.service.PluginCalls;
import io.tacitcrm.plugin.service.PluginCaller;
import io.tacitcrm.plugin.service.PluginContexts;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.plugin.service.PluginOutcome;
import io.tacitcrm.sales.domain.DealFilter;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the header's search box finds for the words typed: customers by name, contacts by name or phone, deals by
 * name, then each enabled plugin's hits — at most {@code perKind} of each, and only what the user may read (every
 * list goes through the same services, with the same visibility, as the screens).
 */
@ApplicationScoped
@Transactional
public class GlobalSearch {

    /** The most a search box shows of one kind; more is what the kind's own list is for. */
    public static final int MOST_PER_KIND = 20;
    static final int LONGEST = 100;

    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final PluginCatalog catalog;
    private final PluginEnablement enablement;
    private final PluginContexts contexts;
    private final PluginCalls calls;
    private final CurrentPrincipal principal;

    @Inject
    public GlobalSearch(AccountService accounts, ContactService contacts, OpportunityService opportunities,
            PluginCatalog catalog, PluginEnablement enablement, PluginContexts contexts, PluginCalls calls,
            CurrentPrincipal principal) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.catalog = catalog;
        this.enablement = enablement;
        this.contexts = contexts;
        this.calls = calls;
        this.principal = principal;
    }

    /** For CDI's proxy only. */
    protected GlobalSearch() {
        this(null, null, null, null, null, null, null, null);
    }

    public List<SearchResult> search(String typed, int perKind) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > LONGEST) {
            throw InvalidInputException.of("q", "search.length", "must be 1 to " + LONGEST + " characters");
        }
        int limit = Math.clamp(perKind, 1, MOST_PER_KIND);
        SearchTerm term = new SearchTerm(text);
        List<AccountView> matching = accounts.list(new AccountQuery(Optional.of(text), Optional.empty(),
                AccountSort.NAME, Optional.empty(), PageLimit.clamped(PageLimit.MAX))).items();
        List<SearchResult> found = new ArrayList<>();
        matching.stream().filter(a -> contains(a.details().name(), term)).limit(limit)
                .forEach(a -> found.add(customer(a)));
        found.addAll(contactsOf(matching, term, limit));
        found.addAll(deals(term, limit));
        found.addAll(plugins(text, limit));
        return found;
    }

    private static SearchResult customer(AccountView a) {
        String detail = Stream.of(a.details().region().orElse(""), a.ownerName()).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new SearchResult(SearchResult.Kind.CUSTOMER, "", Optional.of(a.id().value()), a.details().name(),
                detail, "customers/" + a.id());
    }

    /** The accounts found hold contacts whose name or phone matched: those contacts, with their customer. */
    private List<SearchResult> contactsOf(List<AccountView> matching, SearchTerm term, int limit) {
        Map<AccountId, AccountView> byId = matching.stream().collect(Collectors.toMap(AccountView::id, a -> a));
        return contacts.ofReadableAccounts(byId.keySet()).values().stream().flatMap(List::stream)
                .filter(c -> contains(c.details().name(), term) || c.details().phone()
                        .filter(p -> contains(p, term)).isPresent())
                .limit(limit).map(c -> contact(c, byId.get(c.account()))).toList();
    }

    private static SearchResult contact(ContactView c, AccountView account) {
        String detail = Stream.of(account.details().name(), c.details().phone().orElse(""))
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
        return new SearchResult(SearchResult.Kind.CONTACT, "", Optional.of(c.id().value()), c.details().name(),
                detail, "customers/" + c.account());
    }

    private List<SearchResult> deals(SearchTerm term, int limit) {
        List<OpportunityView> deals = opportunities.list(Optional.empty(), Optional.empty(), DealFilter.named(term),
                Optional.empty(), Optional.empty(), limit).items();
        Map<AccountId, String> customers = accounts.findAll(deals.stream().map(OpportunityView::account)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(AccountView::id, a -> a.details().name()));
        return deals.stream().map(o -> new SearchResult(SearchResult.Kind.DEAL, "", Optional.of(o.id().value()),
                o.details().name(), Stream.of(customers.getOrDefault(o.account(), ""), o.stageName())
                        .filter(s -> !s.isBlank()).collect(Collectors.joining(" · ")),
                "customers/" + o.account() + "?deal=" + o.id())).toList();
    }

    private List<SearchResult> plugins(String text, int limit) {
        if (!catalog.offers(SearchProvider.class)) {
            return List.of();
        }
        PluginCaller caller = PluginCaller.of(principal.require());
        List<SearchResult> found = new ArrayList<>();
        for (EnabledExtension<SearchProvider> provider : enablement.extensions(SearchProvider.class)) {
            var context = contexts.of(provider.pluginId(), caller);
            PluginOutcome<List<SearchResult>> outcome = calls.call(provider.pluginId(), "search", () -> {
                String label = provider.extension().label(context);
                return provider.extension().search(text, limit, context).stream().limit(limit)
                        .map((SearchHit h) -> new SearchResult(SearchResult.Kind.MODULE, label, Optional.empty(),
                                h.title(), h.detail(), h.link())).toList();
            });
            if (outcome instanceof PluginOutcome.Done<List<SearchResult>> done) {
                found.addAll(done.value());
            }
        }
        return found;
    }

    private static boolean contains(String text, SearchTerm term) {
        return text.toLowerCase(Locale.ROOT).contains(term.text());
    }
}
