package se.motesplats.notification;

/** Where rendered text messages go: an SMS provider (46elks), or the development outbox in the demo run. */
interface SmsTransport {

    /** Hands the message over, or throws if the provider refused it or could not be reached. */
    void deliver(RenderedSms sms);
}
