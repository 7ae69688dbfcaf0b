package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.PasswordPolicy;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.tenancy.service.PlanEnforcement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Administrators add users to their workspace and read its role tree. */
@ApplicationScoped
@Transactional
public class UserAdministration {

    private final DeclaredPermissions declared;
    private final UserRepository users;
    private final RoleRepository roles;
    private final CurrentPrincipal caller;
    private final Clock clock;
    private final Event<IdentityChanged> changed;
    private final AccountLinks links;
    private final PlanEnforcement plan;

    @Inject
    public UserAdministration(DeclaredPermissions declared, UserRepository users, RoleRepository roles,
            CurrentPrincipal caller, Clock clock, Event<IdentityChanged> changed, AccountLinks links,
            PlanEnforcement plan, PasswordHasher hasher) {
        this.declared = declared;
        this.users = users;
        this.roles = roles;
        this.caller = caller;
        this.clock = clock;
        this.hasher = hasher;
        this.changed = changed;
        this.links = links;
        this.plan = plan;
    }

    /** For CDI's proxy only. */
    protected UserAdministration() {
        this(null, null, null, null, null, null, null, null, null);
    }

    private final PasswordHasher hasher;

    /**
     * Adds a person to the workspace: invited by mail to choose their own password when the request has none, or with
     * the first password the administrator passes on.
     */
    public UserId addUser(NewUser request) {
        Principal admin = caller.require();
        admin.require(Permission.USERS_MANAGE);
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", request.name() == null ? "" : request.name().strip(), 100);
        EmailAddress email = collect(errors, () -> EmailAddress.parse(request.email()));
        if (!request.invites()) {
            collect(errors, () -> {
                PasswordPolicy.check(request.password(), request.email(), admin.workspace());
                return true;
            });
        }
        Optional<Role> role = existingRole(Optional.ofNullable(request.roleId()), "roleId", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (users.findByEmail(email).isPresent()) {
            throw new ConflictException("email", "email.taken",
                    "A user with this e-mail already exists in this workspace.");
        }
        plan.allowUsers(1);
        UserId id = new UserId(Ids.newId());
        if (request.invites()) {
            User invited = User.invited(id, email, request.name().strip(), role.get().id(), admin.locale(),
                    clock.instant());
            users.add(invited);
            links.send(invited, AccountLinks.Letter.INVITATION, Map.of("inviter", admin.name()));
            changed.fire(new IdentityChanged("INVITED", "user", id.value(), "invited by mail"));
        } else {
            users.add(new User(id, email, request.name().strip(), Optional.of(role.get().id()), admin.locale(),
                    hasher.hash(request.password()), clock.instant()));
        }
        return id;
    }

    /** Sends a person who has not joined yet a new invitation; the earlier link stops working. */
    public void resendInvitation(UserId id) {
        Principal admin = caller.require();
        admin.require(Permission.USERS_MANAGE);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        if (user.hasPassword()) {
            throw new ConflictException("id", "user.joined-already",
                    "This person has joined already; send a password reset link instead.");
        }
        if (!user.isActive()) {
            throw new ConflictException("active", "user.inactive", "This user is deactivated; reactivate them first.");
        }
        links.send(user, AccountLinks.Letter.INVITATION, Map.of("inviter", admin.name()));
        changed.fire(new IdentityChanged("INVITED", "user", id.value(), "invitation sent again"));
    }

    /** Every user of the workspace, active or not, for administrators. */
    public List<UserListing> users() {
        caller.require().require(Permission.USERS_MANAGE);
        return users.all().stream().map(u -> new UserListing(u.id(), u.email().value(), u.name(), u.role(),
                u.isActive(), u.locale().toLanguageTag(), !u.hasPassword())).toList();
    }

    /**
     * Renames, moves to another role, deactivates or reactivates a user. Takes effect on the user's next request: every
     * request re-reads the user, their role and its place in the tree. Administrators cannot deactivate themselves.
     */
    public void changeUser(UserId id, UserChange change) {
        Principal admin = caller.require();
        admin.require(Permission.USERS_MANAGE);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        List<FieldError> errors = new ArrayList<>();
        change.name().ifPresent(n -> TextRules.required(errors, "name", n, 100));
        Optional<Role> role = change.roleId().isPresent() ? existingRole(change.roleId(), "roleId", errors)
                : Optional.empty();
        if (change.active().filter(active -> !active).isPresent() && id.equals(admin.userId())) {
            errors.add(new FieldError("active", "user.self-deactivation", "you cannot deactivate yourself"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (change.active().orElse(false) && !user.isActive()) {
            plan.allowUsers(1);
        }
        change.name().map(String::strip).ifPresent(user::rename);
        role.ifPresent(r -> user.moveTo(r.id()));
        change.active().ifPresent(active -> {
            if (active) {
                user.activate();
            } else {
                user.deactivate(clock.instant());
            }
        });
        if (change.roleId().isPresent() || change.active().isPresent()) {
            changed.fire(new IdentityChanged("UPDATE", "user", id.value(), role.map(r -> "role " + r.id()).orElse("")
                    + change.active().map(a -> a ? " activated" : " deactivated; sessions ended").orElse("")));
        }
    }

    /**
     * Renames a role and/or moves it with its whole subtree under another role. A role cannot move below itself. The
     * subtree's paths are rewritten in this transaction, so access follows the new tree from the next request on.
     */
    public void changeRole(RoleId id, RoleChange change) {
        caller.require().require(Permission.USERS_MANAGE);
        Role role = roles.find(id).orElseThrow(() -> new NotFoundException("role"));
        List<FieldError> errors = new ArrayList<>();
        change.name().ifPresent(n -> TextRules.required(errors, "name", n, 100));
        Optional<Role> parent = change.parentId().isPresent() ? existingRole(change.parentId(), "parentId", errors)
                : Optional.empty();
        if (parent.isPresent() && role.path().covers(parent.get().path())) {
            errors.add(new FieldError("parentId", "role.cycle", "a role cannot move below itself"));
        }
        Optional<Grants> granted = change.permissions().map(codes -> role.ownPermissions()
                .replacing(offered(), permissions(codes, errors).codes()));
        granted.filter(g -> !keepsUserManagement(role, g)).ifPresent(g -> errors.add(new FieldError("permissions",
                "role.lockout", "you would no longer hold " + Permission.USERS_MANAGE.code() + " yourself")));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        granted.ifPresent(g -> {
            Grants before = role.ownPermissions();
            role.grantExactly(g);
            changed.fire(new IdentityChanged("PERMISSIONS", "role", id.value(),
                    "permissions " + before.encode() + " to " + g.encode()));
        });
        change.name().map(String::strip).ifPresent(name -> {
            if (roles.all().stream().anyMatch(r -> !r.id().equals(id) && r.name().equalsIgnoreCase(name))) {
                throw new ConflictException("name", "role.name-taken", "A role with this name already exists.");
            }
            role.rename(name);
        });
        parent.ifPresent(newParent -> {
            RolePath oldPath = role.path();
            RolePath newPath = new RolePath(newParent.path().value() + id.value() + "/");
            role.attachTo(newParent);
            roles.movePaths(oldPath, newPath, newParent.depth() + 1 - role.depth());
        });
    }

    /** Deletes a role that no user holds and no role hangs below. */
    public void deleteRole(RoleId id) {
        caller.require().require(Permission.USERS_MANAGE);
        Role role = roles.find(id).orElseThrow(() -> new NotFoundException("role"));
        if (roles.countChildren(id) > 0 || users.countWithRole(id) > 0) {
            throw new ConflictException("id", "role.not-empty",
                    "Only a role without users and without roles below it can be deleted.");
        }
        roles.remove(role);
    }

    /** Adds a role below an existing one; its name must be new in the workspace. */
    public RoleId addRole(NewRole request) {
        caller.require().require(Permission.USERS_MANAGE);
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", request.name(), 100);
        Optional<Role> parent = existingRole(Optional.ofNullable(request.parentId()), "parentId", errors);
        Grants permissions = permissions(request.permissions() == null ? List.of() : request.permissions(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = request.name().strip();
        if (roles.all().stream().anyMatch(r -> r.name().equalsIgnoreCase(name))) {
            throw new ConflictException("name", "role.name-taken", "A role with this name already exists.");
        }
        Role role = new Role(new RoleId(Ids.newId()), name, parent, permissions, clock.instant());
        roles.add(role);
        return role.id();
    }

    /** The caller's preferred language for the UI and for what the system writes them. */
    public void changeMyLocale(Locale locale) {
        users.find(caller.require().userId()).ifPresent(me -> me.changeLocale(locale));
    }

    public List<RoleSummary> roleTree() {
        caller.require();
        return roles.all().stream().map(r -> new RoleSummary(r.id(), r.name(), r.parent(), r.ownPermissions()))
                .toList();
    }

    /** The codes, each a permission of the core or of a switched-on module; others are field errors. */
    private Grants permissions(List<String> codes, List<FieldError> errors) {
        Set<String> offered = offered();
        Set<String> granted = new HashSet<>();
        for (String code : codes) {
            if (code != null && offered.contains(code)) {
                granted.add(code);
            } else {
                errors.add(new FieldError("permissions", "permission.unknown", "unknown permission " + code));
            }
        }
        return new Grants(granted);
    }

    /** The codes a role may be granted now: the core's and those of the company's switched-on modules. */
    private Set<String> offered() {
        Set<String> offered = new HashSet<>(declared.codes());
        Arrays.stream(Permission.values()).map(Permission::code).forEach(offered::add);
        return offered;
    }

    /**
     * Whether the caller still manages users once {@code role} holds exactly {@code granted}: an administrator must
     * not take away the permission that lets anyone fix the mistake.
     */
    private boolean keepsUserManagement(Role role, Grants granted) {
        Principal me = caller.require();
        return me.rolePath().map(mine -> roles.all().stream().filter(r -> mine.covers(r.path()))
                .anyMatch(r -> (r.id().equals(role.id()) ? granted : r.ownPermissions())
                        .has(Permission.USERS_MANAGE))).orElse(false);
    }

    /** The role a field names, if it exists in this workspace; otherwise a field error is added. */
    private Optional<Role> existingRole(Optional<String> id, String field, List<FieldError> errors) {
        Optional<Role> role = id.flatMap(UserAdministration::parseRole).flatMap(roles::find);
        if (role.isEmpty()) {
            errors.add(new FieldError(field, "role.unknown", "is not a role of this workspace"));
        }
        return role;
    }

    private static Optional<RoleId> parseRole(String id) {
        try {
            return Optional.of(new RoleId(UUID.fromString(id)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
