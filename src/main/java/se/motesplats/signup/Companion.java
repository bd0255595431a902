package se.motesplats.signup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import se.motesplats.shared.Names;
import se.motesplats.shared.RuleViolation;

/** A child or family member who comes along with the person signing up; takes a place of their own. */
@Embeddable
public record Companion(@Column(name = "first_name", nullable = false) String firstName,
        @Column(nullable = false) int age) {

    static final int MAX_PER_SIGNUP = 9;

    public Companion {
        firstName = Names.clean(firstName);
        if (firstName.isEmpty() || firstName.length() > 100) {
            throw new RuleViolation("signup.rule.companion-name");
        }
        if (age < 0 || age > 120) {
            throw new RuleViolation("signup.rule.companion-age");
        }
    }
}
