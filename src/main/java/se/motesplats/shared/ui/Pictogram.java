package se.motesplats.shared.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.icon.AbstractIcon;

/**
 * A {@code <vaadin-icon>} showing one icon of Vaadin's icon set by name ({@code "vaadin:globe"}), from the
 * app's own subset of that set ({@code frontend/icons/vaadin-subset.ts}, made by
 * {@code frontend/icons/make-subset.mjs}): only the ≈ 60 icons the code names instead of all ≈ 600 that
 * Vaadin's {@code Icon}/{@code VaadinIcon} load with the first page (53 KB compressed; docs/performance.md,
 * "Weight"). Use this, never {@code Icon}/{@code VaadinIcon} ({@code VaadinIconSubsetTest} fails otherwise,
 * and also when a name in the code is missing from the subset: run the script again).
 */
@JsModule("./icons/vaadin-subset.ts")
public class Pictogram extends AbstractIcon<Pictogram> {

    /** @param icon the icon's name with its set, e.g. {@code "vaadin:globe"} */
    public Pictogram(String icon) {
        getElement().setAttribute("icon", icon);
    }

    /** A decorative pictogram (hidden from screen readers: the text beside it says the same). */
    public static Pictogram decorative(String icon) {
        Pictogram pictogram = new Pictogram(icon);
        pictogram.getElement().setAttribute("aria-hidden", "true");
        return pictogram;
    }

    public String getIcon() {
        return getElement().getAttribute("icon");
    }

    @Override
    public void setColor(String color) {
        if (color == null) {
            getStyle().remove("fill");
        } else {
            getStyle().set("fill", color);
        }
    }

    @Override
    public String getColor() {
        return getStyle().get("fill");
    }
}
