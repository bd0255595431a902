package se.motesplats.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.motesplats.signup.Companion;
import se.motesplats.shared.ui.Pictogram;

/**
 * "Bringing children or family?": one row per person with first name and age, added one tap at a
 * time. Each companion takes a place of their own.
 */
class CompanionsEditor extends Div {

    private static final int MAX = 9;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    CompanionsEditor() {
        addClassName("companions");
        Paragraph intro = new Paragraph(getTranslation("signup.panel.companions-intro"));
        intro.addClassName("hint");
        add = new Button(getTranslation("signup.panel.add-companion"), new Pictogram("vaadin:plus"), click -> addRow());
        add.addClassName("add-companion");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(intro, list, add);
    }

    private void addRow() {
        Row row = new Row();
        rows.add(row);
        list.add(row);
        add.setEnabled(rows.size() < MAX);
        row.firstName.focus();
    }

    /** The companions as typed, or empty (with the fields marked) when a name or age is missing. */
    Optional<List<Companion>> companions() {
        boolean valid = true;
        for (Row row : rows) {
            row.firstName.setInvalid(row.firstName.getValue().isBlank());
            row.age.setInvalid(row.age.getValue() == null || row.age.isInvalid());
            valid &= !row.firstName.isInvalid() && !row.age.isInvalid();
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(row -> new Companion(row.firstName.getValue(), row.age.getValue())).toList());
    }

    private final class Row extends Div {

        private final TextField firstName = new TextField();
        private final IntegerField age = new IntegerField();

        Row() {
            addClassName("companion-row");
            firstName.setLabel(getTranslation("signup.panel.companion-name"));
            firstName.addClassName("companion-name");
            firstName.setMaxLength(100);
            firstName.setErrorMessage(getTranslation("signup.rule.companion-name"));
            age.setLabel(getTranslation("signup.panel.companion-age"));
            age.addClassName("companion-age");
            age.setMin(0);
            age.setMax(120);
            age.setErrorMessage(getTranslation("signup.rule.companion-age"));
            Button remove = new Button(new Pictogram("vaadin:close-small"), click -> {
                rows.remove(this);
                list.remove(this);
                add.setEnabled(true);
            });
            remove.addClassName("remove-companion");
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("signup.panel.remove-companion"));
            add(firstName, age, remove);
        }
    }
}
