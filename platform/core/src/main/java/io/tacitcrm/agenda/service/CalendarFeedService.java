package io.tacitcrm.agenda.service;

import io.tacitcrm.agenda.domain.CalendarFeeds;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.infrastructure.PublicUrl;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.identity.service.BearerToken;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.IdentityChanged;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Each user's calendar feed: a secret address that a phone's calendar subscribes to, showing the user's footprints
 * from two months back to six months ahead. The address is shown once, when made; making a new one or revoking it
 * ends the old. The feed opens nothing else, and answers 404 for any address not (or no longer) valid.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    static final Duration BACK = Duration.ofDays(62);
    static final Duration AHEAD = Duration.ofDays(183);
    static final int MOST_EVENTS = 3000;
    private static final String PATH = "api/v1/calendar-feeds/";

    private final CalendarFeeds feeds;
    private final CurrentPrincipal caller;
    private final TenantRepository tenants;
    private final TenantContext tenant;
    private final UserRepository users;
    private final Event<IdentityChanged> changed;
    private final Clock clock;
    private final PublicUrl publicUrl;

    @Inject
    public CalendarFeedService(CalendarFeeds feeds, CurrentPrincipal caller, TenantRepository tenants,
            TenantContext tenant, UserRepository users, Event<IdentityChanged> changed, Clock clock,
            PublicUrl publicUrl) {
        this.feeds = feeds;
        this.caller = caller;
        this.tenants = tenants;
        this.tenant = tenant;
        this.users = users;
        this.changed = changed;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** For CDI's proxy only. */
    protected CalendarFeedService() {
        this.feeds = null;
        this.caller = null;
        this.tenants = null;
        this.tenant = null;
        this.users = null;
        this.changed = null;
        this.clock = null;
        this.publicUrl = null;
    }

    /** A new address for the caller's feed (any earlier one stops working). */
    public CreatedFeed create() {
        Principal me = caller.require();
        BearerToken secret = BearerToken.generate(BearerToken.CALENDAR, me.tenantId());
        Instant now = clock.instant();
        feeds.replace(me.userId(), secret.hash(), now);
        changed.fire(new IdentityChanged("CALENDAR_FEED_CREATED", "user", me.userId().value(), ""));
        return new CreatedFeed(publicUrl.of(PATH + secret.value() + ".ics"), now);
    }

    /** When the caller's current feed was made, if there is one. */
    public Optional<Instant> mine() {
        return feeds.createdAt(caller.require().userId());
    }

    public void revoke() {
        Principal me = caller.require();
        if (!feeds.revoke(me.userId())) {
            throw new NotFoundException("calendar_feed");
        }
        changed.fire(new IdentityChanged("CALENDAR_FEED_REVOKED", "user", me.userId().value(), ""));
    }

    /** The feed behind a secret, for a calendar that calls without signing in. */
    public String feed(String token) {
        BearerToken secret = BearerToken.parse(BearerToken.CALENDAR, token)
                .orElseThrow(() -> new NotFoundException("calendar_feed"));
        Tenant workspace = tenants.find(secret.tenant()).filter(Tenant::isActive)
                .orElseThrow(() -> new NotFoundException("calendar_feed"));
        tenant.bind(workspace.id());
        User user = feeds.ownerOf(secret.hash()).flatMap(users::find).filter(User::isActive)
                .orElseThrow(() -> new NotFoundException("calendar_feed"));
        Instant now = clock.instant();
        return CalendarFile.write(user.name(), user.locale(), feeds.entries(user.id(), now.minus(BACK),
                now.plus(AHEAD), MOST_EVENTS), publicUrl.of(""), now);
    }

    /** A new feed's address, shown once. */
    public record CreatedFeed(String url, Instant createdAt) {
    }
}
