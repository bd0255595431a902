package se.motesplats.notification;

/**
 * A push message ready to encrypt for one device: the JSON the service worker shows ({@code title},
 * {@code body}, the portal page {@code url} it opens, {@code lang} and {@code dir}) and where it goes.
 */
record RenderedPush(String device, String endpoint, String p256dh, String auth, String title, String body, String url, String payload) {
}
