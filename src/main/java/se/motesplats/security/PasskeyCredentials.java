package se.motesplats.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's passkey table (V35), with every passkey added or removed written to the audit log:
 * Spring's registration endpoint saves new ones, and each sign-in saves the signature counter again
 * (the audit log writes within a transaction, hence one here: Spring's filters bring none).
 */
@Component
class PasskeyCredentials implements UserCredentialRepository {

    private final JdbcUserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository users;
    private final AuditLog audit;

    PasskeyCredentials(JdbcTemplate jdbc, PublicKeyCredentialUserEntityRepository users, AuditLog audit) {
        this.stored = new JdbcUserCredentialRepository(jdbc);
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void save(CredentialRecord record) {
        boolean added = stored.findByCredentialId(record.getCredentialId()) == null;
        stored.save(record);
        if (added) {
            audit.changed("passkey.added", "account:" + owner(record.getUserEntityUserId()), owner(record.getUserEntityUserId()), null);
        }
    }

    @Override
    @Transactional
    public void delete(Bytes credentialId) {
        CredentialRecord record = stored.findByCredentialId(credentialId);
        if (record != null) {
            stored.delete(credentialId);
            audit.changed("passkey.removed", "account:" + owner(record.getUserEntityUserId()), owner(record.getUserEntityUserId()), null);
        }
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    private @Nullable Long owner(Bytes userHandle) {
        PublicKeyCredentialUserEntity user = users.findById(userHandle);
        return user == null ? null : Long.valueOf(user.getName());
    }
}
