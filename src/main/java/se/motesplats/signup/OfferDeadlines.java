package se.motesplats.signup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves places on whose offer was not answered in time; one node at a time. */
@Component
class OfferDeadlines {

    private final SignupService signups;

    OfferDeadlines(SignupService signups) {
        this.signups = signups;
    }

    @Scheduled(fixedDelayString = "${motesplats.signup.check-offers-every:PT1M}")
    @SchedulerLock(name = "offer-deadlines")
    public void withdrawExpired() {
        signups.withdrawExpiredOffers();
    }
}
