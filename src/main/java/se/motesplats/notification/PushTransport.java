package se.motesplats.notification;

/** Where rendered push messages go: the browser's push service, or the development outbox in the demo run. */
interface PushTransport {

    /**
     * Hands the message over. Returns false when the push service says the subscription is gone
     * (HTTP 404 or 410); throws when it refused the message or could not be reached, so it is retried.
     */
    boolean deliver(RenderedPush push);
}
