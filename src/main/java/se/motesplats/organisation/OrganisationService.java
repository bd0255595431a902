package se.motesplats.organisation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.area.AreaService;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.EmailMessage;
import se.motesplats.notification.EmailService;
import se.motesplats.security.AccountService;
import se.motesplats.security.Contact;
import se.motesplats.security.CurrentPerson;
import se.motesplats.security.EmailOrPhone;
import se.motesplats.security.Roles;
import se.motesplats.security.SignedInPerson;
import se.motesplats.shared.Names;
import se.motesplats.shared.RuleViolation;
import se.motesplats.shared.TextLimits;

/**
 * Organisations, their members and their verification. Invitations of further members by e-mail
 * link are still to come.
 */
@Service
public class OrganisationService {

    /** The sentence for an address that is not one, the same as where people join ({@link EmailOrPhone#emailAddress}). */
    static final String EMAIL_INVALID = "security.sign-in.email-invalid";

    private final OrganisationRepository organisations;
    private final AreaService areas;
    private final AccountService accounts;
    private final EmailService mail;
    private final Invitations invitations;
    private final Clock clock;
    private final String publicUrl;

    OrganisationService(OrganisationRepository organisations, AreaService areas, AccountService accounts, EmailService mail,
            Invitations invitations, Clock clock, @Value("${motesplats.public-url}") String publicUrl) {
        this.organisations = organisations;
        this.areas = areas;
        this.accounts = accounts;
        this.mail = mail;
        this.invitations = invitations;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Adds an organisation, or returns the one with that name in that municipality. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COORDINATOR})
    @Transactional
    public OrganisationSummary add(String name, OrganisationKind kind, String municipalityCode) {
        requireScope(municipalityCode);
        return organisations.findByNameAndMunicipalityCode(Names.clean(name), municipalityCode)
                .orElseGet(() -> organisations.save(new Organisation(name, kind, municipalityCode, clock.instant())))
                .summary();
    }

    /**
     * A signed-in person registers their association and becomes its administrator. It stays
     * unverified, so nothing it posts is published, until a coordinator has checked it.
     */
    @Transactional
    public OrganisationSummary register(Registration registration) {
        SignedInPerson caller = CurrentPerson.required();
        String name = Names.clean(registration.name());
        if (name.isEmpty() || registration.contactEmail().isBlank()) {
            throw new RuleViolation("organisation.error.incomplete");
        }
        TextLimits.require(name, TextLimits.TITLE);
        TextLimits.require(registration.contactEmail().strip(), TextLimits.EMAIL);
        // the address is shown to coordinators as a mailto: link: only a plain address is taken
        String contactEmail = EmailOrPhone.emailAddress(registration.contactEmail())
                .orElseThrow(() -> new RuleViolation(EMAIL_INVALID));
        if (registration.organisationNumber() != null && !registration.organisationNumber().isBlank()
                && !registration.organisationNumber().strip().matches("\\d{6}-?\\d{4}")) {
            throw new RuleViolation("organisation.error.number");
        }
        if (organisations.findByNameAndMunicipalityCode(name, registration.municipalityCode()).isPresent()) {
            throw new RuleViolation("organisation.error.exists");
        }
        Organisation organisation = new Organisation(name, registration.kind(), registration.municipalityCode(),
                clock.instant());
        organisation.contact(contactEmail, blankToNull(registration.organisationNumber()));
        organisation.addMember(caller.accountId(), OrganisationRole.ADMINISTRATOR);
        organisations.save(organisation);
        accounts.becameOrganisationMember(false);
        return organisation.summary();
    }

    /** Organisations waiting for verification in the coordinator's municipalities. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COORDINATOR})
    @Transactional(readOnly = true)
    public List<OrganisationToVerify> awaitingVerification() {
        SignedInPerson caller = CurrentPerson.required();
        var scope = areas.scopeOf(caller.accountId());
        return organisations.findAllByOrderByNameAsc().stream()
                .filter(org -> !org.isVerified())
                .filter(org -> caller.hasRole(Roles.ADMINISTRATOR) || scope.contains(org.municipalityCode()))
                .map(Organisation::toVerify)
                .toList();
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A coordinator of the organisation's municipality confirms it is real. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COORDINATOR})
    @Transactional
    public OrganisationSummary verify(long organisationId) {
        Organisation organisation = find(organisationId);
        requireScope(organisation.municipalityCode());
        organisation.verify(CurrentPerson.required().accountId(), clock.instant());
        return organisation.summary();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COORDINATOR})
    @Transactional
    public void addMember(long organisationId, long accountId, OrganisationRole role) {
        Organisation organisation = find(organisationId);
        requireScope(organisation.municipalityCode());
        organisation.addMember(accountId, role);
    }

    /**
     * An administrator of the association invites a volunteer by e-mail, as member or leader. The person
     * gets a link in an e-mail in their language (Swedish for a new address) and becomes a member only
     * when they open it, signed in as that address, and say yes ({@link #acceptInvitation}).
     */
    @Transactional
    public void invite(long organisationId, String email, String typedFirstName, OrganisationRole role) {
        Organisation organisation = find(organisationId);
        SignedInPerson caller = CurrentPerson.required();
        requireAdministratorOf(organisation, caller);
        String firstName = Names.clean(typedFirstName);
        if (email.isBlank() || firstName.isEmpty()) {
            throw new RuleViolation("organisation.error.incomplete");
        }
        TextLimits.require(firstName, TextLimits.NAME);
        String address = EmailOrPhone.emailAddress(email).orElseThrow(() -> new RuleViolation(EMAIL_INVALID));
        long accountId = accounts.ensureInvitee(address, firstName);
        if (organisation.roleOf(accountId).isPresent()) {
            throw new RuleViolation("organisation.error.already-member");
        }
        String token = invitations.create(organisationId, accountId, role, caller.accountId(), clock.instant());
        SupportedLanguage language = accounts.contactOf(accountId).map(Contact::language).orElse(SupportedLanguage.SOURCE);
        mail.send(new EmailMessage(address, language, "organisation.email.invited",
                Map.of("name", firstName, "organisation", organisation.name(), "by", caller.firstName(),
                        "link", publicUrl + "/" + INVITATION_PATH + token, "days", Invitations.VALID_FOR.toDays())));
    }

    /** The path of invitation links; the token follows. */
    public static final String INVITATION_PATH = "invitation/";

    /** What the invitation link shows, to anyone holding it: which association, which role, who asked. */
    @Transactional(readOnly = true)
    public Optional<InvitationToAnswer> invitation(String token) {
        return invitations.find(token).map(invitation -> new InvitationToAnswer(find(invitation.organisationId()).name(),
                invitation.role(), accounts.firstNames(List.of(invitation.invitedBy())).getOrDefault(invitation.invitedBy(), ""),
                CurrentPerson.get().map(person -> person.accountId() == invitation.accountId()).orElse(false),
                !clock.instant().isBefore(invitation.expiresAt())));
    }

    /** The invited person says yes: member (and leader) of the association from now on, in this very session. */
    @Transactional
    public long acceptInvitation(String token) {
        Invitations.Invitation invitation = answerable(token);
        find(invitation.organisationId()).addMember(invitation.accountId(), invitation.role());
        invitations.delete(token);
        accounts.becameOrganisationMember(invitation.role() == OrganisationRole.LEADER);
        return invitation.organisationId();
    }

    /** The invited person says no: the link stops working and nothing else changes. */
    @Transactional
    public void declineInvitation(String token) {
        answerable(token);
        invitations.delete(token);
    }

    private Invitations.Invitation answerable(String token) {
        Invitations.Invitation invitation = invitations.find(token)
                .orElseThrow(() -> new RuleViolation("organisation.invitation.unknown"));
        if (CurrentPerson.required().accountId() != invitation.accountId()) {
            throw new RuleViolation("organisation.invitation.someone-else");
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            throw new RuleViolation("organisation.invitation.expired");
        }
        return invitation;
    }

    /** Invitations not yet answered, for the association's administrators: first name, role and until when. */
    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingInvitations(long organisationId) {
        requireAdministratorOf(find(organisationId), CurrentPerson.required());
        List<Invitations.Pending> pending = invitations.pending(organisationId, clock.instant());
        Map<Long, String> names = accounts.firstNames(pending.stream().map(Invitations.Pending::accountId).toList());
        return pending.stream()
                .map(one -> new PendingInvitation(names.getOrDefault(one.accountId(), ""), one.role(), one.expiresAt()))
                .toList();
    }

    private static void requireAdministratorOf(Organisation organisation, SignedInPerson caller) {
        if (!caller.hasRole(Roles.ADMINISTRATOR)
                && organisation.roleOf(caller.accountId()).filter(r -> r == OrganisationRole.ADMINISTRATOR).isEmpty()) {
            throw new AccessDeniedException("Only the association's administrators invite members");
        }
    }

    /** Members of an association with their first names, for its administrators. */
    @Transactional(readOnly = true)
    public List<Member> members(long organisationId) {
        Organisation organisation = find(organisationId);
        SignedInPerson caller = CurrentPerson.required();
        if (!caller.hasRole(Roles.ADMINISTRATOR) && organisation.roleOf(caller.accountId()).isEmpty()) {
            throw new AccessDeniedException("Not a member of organisation " + organisationId);
        }
        return leadersOf(organisationId);
    }

    /** The accounts of an association's members, without names; for modules that have checked the caller. */
    @Transactional(readOnly = true)
    public Set<Long> memberIdsOf(long organisationId) {
        return Set.copyOf(find(organisationId).memberIds());
    }

    /**
     * The people who lead an association's activities (every member does), by first name; for
     * modules that have already checked that the caller runs one of them.
     */
    @Transactional(readOnly = true)
    public List<Member> leadersOf(long organisationId) {
        Organisation organisation = find(organisationId);
        Map<Long, String> names = accounts.firstNames(organisation.memberIds());
        return organisation.memberIds().stream()
                .map(id -> new Member(id, names.getOrDefault(id, ""), organisation.roleOf(id).orElseThrow()))
                .sorted(java.util.Comparator.comparing(Member::firstName))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> list() {
        return organisations.findAllByOrderByNameAsc().stream().map(Organisation::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> summary(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::summary);
    }

    /** The organisations a person is a member of. */
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(long accountId) {
        return organisations.findByMember(accountId).stream()
                .map(org -> new Membership(org.id(), org.name(), org.roleOf(accountId).orElseThrow()))
                .toList();
    }

    /** Asked before most changes to an activity, and with every roll-call sync: one query, not the association's entity. */
    @Transactional(readOnly = true)
    public boolean isMember(long organisationId, long accountId) {
        return !organisations.membersAmong(organisationId, List.of(accountId)).isEmpty();
    }

    /** Which of these accounts are members of the association; for modules that have checked the caller. */
    @Transactional(readOnly = true)
    public Set<Long> membersAmong(long organisationId, java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Set.of() : Set.copyOf(organisations.membersAmong(organisationId, accountIds));
    }

    private Organisation find(long organisationId) {
        return organisations.findById(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
    }

    /** Coordinators act only within their municipalities; administrators everywhere. */
    private void requireScope(String municipalityCode) {
        SignedInPerson caller = CurrentPerson.required();
        if (!caller.hasRole(Roles.ADMINISTRATOR) && !areas.scopeOf(caller.accountId()).contains(municipalityCode)) {
            throw new AccessDeniedException("Outside the caller's areas");
        }
    }
}
