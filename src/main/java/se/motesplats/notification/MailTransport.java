package se.motesplats.notification;

/** Where rendered e-mail goes: an SMTP server, or the development outbox in the demo run. */
interface MailTransport {

    void deliver(RenderedEmail email);
}
