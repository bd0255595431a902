package se.motesplats.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.notification.MessageChannel;
import se.motesplats.notification.PushSubscriptions;
import se.motesplats.people.ui.ProfileView;
import se.motesplats.security.AccountService;
import se.motesplats.testing.BrowserlessTestBase;

/**
 * The push setting on the profile page, on the server: hidden until the browser reports it can show
 * notifications, and what the browser's answers do to the person's devices and channel. The Push API
 * itself needs a real browser and push service (see README).
 */
class PushSettingViewTest extends BrowserlessTestBase {

    @Autowired AccountService accounts;
    @Autowired PushSubscriptions subscriptions;

    @Test
    void shownOnlyWhenTheBrowserCanAndTurningItOnMakesPushTheChannel() throws Exception {
        long person = accounts.ensureAccount("nasra-" + UUID.randomUUID() + "@example.se", "Nasra", SupportedLanguage.ENGLISH, Set.of());
        signIn(person);
        navigate(ProfileView.class);
        PushSetting setting = $(PushSetting.class).id("push-setting");
        @SuppressWarnings("unchecked")
        Select<MessageChannel> channel = $(Select.class).id("profile-channel");

        assertThat(setting.getElement().hasAttribute("hidden")).as("until the browser says it supports push").isTrue();
        assertThat(setting.getElement().getAttribute("public-key")).as("the VAPID key the browser subscribes with").hasSize(87);
        ComponentUtil.fireEvent(setting, new PushSetting.Supported(setting, true, ""));
        assertThat(setting.getElement().hasAttribute("hidden")).isFalse();
        assertThat(setting.getElement().getAttribute("state")).isEqualTo("off");
        assertThat($(Button.class).id("push-toggle").getText()).isEqualTo(setting.getTranslation("notification.push.turn-on"));

        String endpoint = "https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID();
        ComponentUtil.fireEvent(setting, new PushSetting.Subscribed(setting, true, endpoint, browserKey(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16])));

        assertThat(subscriptions.isSubscribed(person, endpoint)).isTrue();
        assertThat(setting.getElement().getAttribute("state")).isEqualTo("on");
        assertThat(channel.getValue()).isEqualTo(MessageChannel.PUSH);
        assertThat(accounts.contactOf(person).orElseThrow().notifyBy()).isEqualTo(MessageChannel.PUSH);

        // the next visit in the same browser finds it on
        navigate(ProfileView.class);
        PushSetting again = $(PushSetting.class).id("push-setting");
        ComponentUtil.fireEvent(again, new PushSetting.Supported(again, true, endpoint));
        assertThat(again.getElement().getAttribute("state")).isEqualTo("on");

        ComponentUtil.fireEvent(again, new PushSetting.Unsubscribed(again, true, endpoint));
        assertThat(subscriptions.devicesOf(person)).isEmpty();
        assertThat(accounts.contactOf(person).orElseThrow().notifyBy()).as("with no device left, back to e-mail").isEqualTo(MessageChannel.EMAIL);

        ComponentUtil.fireEvent(again, new PushSetting.Refused(again, true, "denied"));
        assertThat($(Paragraph.class).withText(again.getTranslation("notification.push.denied")).all()).hasSize(1);
    }

    private static String browserKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX().toByteArray(), point, 1);
        copy(key.getW().getAffineY().toByteArray(), point, 33);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }

    private static void copy(byte[] coordinate, byte[] into, int at) {
        int length = Math.min(coordinate.length, 32);
        System.arraycopy(coordinate, coordinate.length - length, into, at + 32 - length, length);
    }
}
