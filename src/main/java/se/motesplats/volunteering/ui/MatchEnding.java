package se.motesplats.volunteering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.function.BiConsumer;
import se.motesplats.volunteering.EndReason;

/**
 * Ending a match: a reason, and whether the newcomer wants someone new. Folded away, so that ending
 * is a deliberate step and not a slip of the thumb. {@code offerRematch} for the newcomer and
 * coordinators; a volunteer ending a match does not decide that for the newcomer.
 */
class MatchEnding extends Details {

    MatchEnding(long matchId, boolean offerRematch, BiConsumer<EndReason, Boolean> end) {
        setSummaryText(getTranslation("volunteering.mine.ending"));
        addClassName("match-ending");
        Select<EndReason> reason = new Select<>();
        reason.setId("match-end-reason-" + matchId);
        reason.setLabel(getTranslation("volunteering.mine.end-reason"));
        reason.setItems(EndReason.PERIOD_OVER, EndReason.NOT_WORKING, EndReason.MOVED, EndReason.OTHER);
        reason.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        reason.setErrorMessage(getTranslation("volunteering.mine.end-reason-needed"));
        Checkbox another = new Checkbox(getTranslation("volunteering.mine.another"));
        another.setVisible(offerRematch);
        Button confirm = new Button(getTranslation("volunteering.mine.end"), click -> {
            reason.setInvalid(reason.getValue() == null);
            if (reason.getValue() != null) {
                end.accept(reason.getValue(), another.getValue());
            }
        });
        confirm.setId("match-end-" + matchId);
        confirm.addThemeVariants(ButtonVariant.ERROR);
        add(new Div(reason, another, confirm));
    }
}
