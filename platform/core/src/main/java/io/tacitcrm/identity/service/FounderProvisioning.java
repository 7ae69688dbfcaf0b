package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.PasswordPolicy;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.tenancy.service.Founders;
import io.tacitcrm.tenancy.service.NewFounder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates a new tenant's default role tree and its first administrator, who holds the top role and is sent a link to
 * confirm their address.
 */
@ApplicationScoped
public class FounderProvisioning implements Founders {

    private final RoleRepository roles;
    private final UserRepository users;
    private final AccountLinks links;
    private final Clock clock;

    @Inject
    public FounderProvisioning(RoleRepository roles, UserRepository users, AccountLinks links, Clock clock,
            PasswordHasher hasher) {
        this.roles = roles;
        this.users = users;
        this.links = links;
        this.clock = clock;
        this.hasher = hasher;
    }

    /** For CDI's proxy only. */
    protected FounderProvisioning() {
        this(null, null, null, null, null);
    }

    private final PasswordHasher hasher;

    @Override
    public List<FieldError> problems(String email, String password, String workspace) {
        List<FieldError> errors = new ArrayList<>();
        try {
            EmailAddress.parse(email);
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> errors.add(new FieldError("adminEmail", err.code(), err.message())));
        }
        try {
            PasswordPolicy.check(password, email, workspace);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        return errors;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID create(NewFounder founder) {
        EmailAddress email = EmailAddress.parse(founder.email());
        PasswordPolicy.check(founder.password(), email.value(), founder.workspace());
        Instant now = clock.instant();
        Optional<Role> parent = Optional.empty();
        RoleId top = null;
        for (DefaultRoles.Template template : DefaultRoles.TOP_DOWN) {
            Role role = new Role(new RoleId(Ids.newId()), template.name(founder.locale()), parent, template.grants(),
                    now);
            roles.add(role);
            top = top == null ? role.id() : top;
            parent = Optional.of(role);
        }
        UserId admin = new UserId(Ids.newId());
        User user = User.founder(admin, email, founder.name(), top, founder.locale(), hasher.hash(founder.password()),
                now);
        users.add(user);
        // the workspace is usable at once; the link only confirms where password resets will go
        links.send(user, AccountLinks.Letter.EMAIL_VERIFICATION, Map.of());
        return admin.value();
    }
}
