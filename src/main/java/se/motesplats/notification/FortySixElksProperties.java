package se.motesplats.notification;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 46elks account ({@code motesplats.sms.46elks.*}): API username and password, the sender people
 * see (up to 11 letters and digits, or a 46elks number in E.164 if people are to reply), the API's
 * address, and the secret part of the address 46elks posts replies to.
 */
@ConfigurationProperties("motesplats.sms.46elks")
record FortySixElksProperties(
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("") String sender,
        @DefaultValue("https://api.46elks.com") URI baseUrl,
        @DefaultValue("") String inboundSecret) {

    /** Without the password and the secret, in case the settings are ever logged. */
    @Override
    public String toString() {
        return "FortySixElksProperties[username=" + username + ", sender=" + sender + ", baseUrl=" + baseUrl + "]";
    }
}
