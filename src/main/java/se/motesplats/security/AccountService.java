package se.motesplats.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.motesplats.i18n.SupportedLanguage;

/** Accounts and their roles. Role changes are for administrators only. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The account for an address, created with the given roles if it does not exist yet. For
     * system use (first administrator, demo data), not reachable from any view.
     */
    @Transactional
    public long ensureAccount(String email, String firstName, SupportedLanguage language, Collection<String> roles) {
        Account account = accounts.findByEmail(Account.normalise(email))
                .orElseGet(() -> accounts.save(new Account(email, firstName, language.tag(), clock.instant())));
        roles.forEach(account::grant);
        return account.id();
    }

    /**
     * The caller registered an association and so became an organisation member: the role follows
     * from what they did, and their session gets it at once. Only this role, only for themselves.
     */
    @Transactional
    public void becameOrganisationMember() {
        SignedInPerson caller = CurrentPerson.required();
        Account account = accounts.findById(caller.accountId())
                .orElseThrow(() -> new IllegalArgumentException("No account " + caller.accountId()));
        account.grant(Roles.ORGANISATION_MEMBER);
        SessionAuthentication.refreshIfCaller(account.asSignedIn());
    }

    @Transactional(readOnly = true)
    public boolean anyoneHasRole(String role) {
        return accounts.findAll().stream().anyMatch(account -> account.roles().contains(role));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        return accounts.findAllByOrderByFirstNameAsc().stream().map(Account::summary).toList();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    public AccountSummary setRoles(long accountId, Collection<String> roles) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        List.copyOf(account.roles()).stream().filter(role -> !roles.contains(role)).forEach(account::revoke);
        roles.forEach(account::grant);
        return account.summary();
    }
}
