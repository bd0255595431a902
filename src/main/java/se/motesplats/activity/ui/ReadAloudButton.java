package se.motesplats.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import se.motesplats.i18n.SupportedLanguage;
import se.motesplats.shared.ui.Pictogram;

/**
 * Reads a text aloud with the browser's own speech synthesis, for people who read little. It
 * stays hidden unless the device has a voice for the text's language: no voice, no false promise.
 */
class ReadAloudButton extends Button {

    ReadAloudButton(String text, SupportedLanguage language) {
        super(new Pictogram("vaadin:volume-up"));
        setText(getTranslation("activity.detail.read-aloud"));
        setId("activity-read-aloud");
        addThemeVariants(ButtonVariant.TERTIARY);
        getElement().setAttribute("hidden", true);
        String primary = language.tag().split("-")[0];
        getElement().executeJs("""
                const button = this, lang = $0;
                if (!('speechSynthesis' in window)) return;
                const show = () => {
                  if (speechSynthesis.getVoices().some(v => (v.lang || '').toLowerCase().startsWith(lang))) {
                    button.removeAttribute('hidden');
                  }
                };
                show();
                speechSynthesis.addEventListener('voiceschanged', show);
                """, primary);
        addClickListener(click -> getElement().executeJs("""
                const lang = $1;
                speechSynthesis.cancel();
                const utterance = new SpeechSynthesisUtterance($0);
                utterance.lang = lang;
                const voice = speechSynthesis.getVoices().find(v => (v.lang || '').toLowerCase().startsWith(lang));
                if (voice) utterance.voice = voice;
                speechSynthesis.speak(utterance);
                """, text, primary));
    }
}
