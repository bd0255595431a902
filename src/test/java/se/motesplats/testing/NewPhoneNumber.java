package se.motesplats.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.motesplats.notification.PhoneNumbers;
import se.motesplats.security.AccountService;

/** What a person does to change their number: save it, then type the code the text message brought. */
public final class NewPhoneNumber {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private NewPhoneNumber() {
    }

    /** Changes the signed-in caller's number and confirms it with the code from the development outbox. */
    public static void confirmed(AccountService accounts, JdbcClient jdbc, String typed) {
        if (accounts.changePhone(typed) != AccountService.PhoneChange.CODE_SENT) {
            return;
        }
        String e164 = PhoneNumbers.toE164(typed).orElseThrow();
        String text = jdbc.sql("select text_body from outbox_message where recipient = ? and channel = 'SMS' order by id desc limit 1")
                .param(e164).query(String.class).single();
        Matcher code = CODE.matcher(text);
        if (!code.find() || !accounts.confirmPhone(code.group(1))) {
            throw new IllegalStateException("No code for " + e164);
        }
    }
}
