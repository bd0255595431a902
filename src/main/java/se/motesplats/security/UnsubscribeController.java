package se.motesplats.security;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.motesplats.notification.EmailService;

/**
 * RFC 8058 one-click unsubscribe: mail programs post here from the List-Unsubscribe header of a
 * notice. Only POST changes anything, so link scanners that fetch addresses cannot unsubscribe anyone.
 */
@RestController
class UnsubscribeController {

    private final AccountService accounts;

    UnsubscribeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/" + EmailService.UNSUBSCRIBE_ONE_CLICK + "/{token}")
    ResponseEntity<Void> unsubscribe(@PathVariable String token) {
        return accounts.unsubscribe(token) ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
    }
}
