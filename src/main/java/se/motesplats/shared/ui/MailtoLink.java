package se.motesplats.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} link to one address. The address is percent-encoded (RFC 6068) except for the
 * letters, digits, {@code - . _ ~} and the '@', so that nothing in it can end the address and add
 * headers or recipients ({@code ?bcc=}, {@code &}, {@code ,}, {@code #}), even if an address that
 * predates the e-mail rule is odd.
 */
public final class MailtoLink {

    private MailtoLink() {
    }

    public static Anchor to(String address) {
        Anchor link = new Anchor(href(address), address);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    public static String href(String address) {
        StringBuilder href = new StringBuilder("mailto:");
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
                    || c == '@') {
                href.append((char) c);
            } else {
                href.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return href.toString();
    }
}
