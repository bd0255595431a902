package com.vaadin.flow.component.html;

import com.vaadin.browserless.Tests;

/**
 * Replaces the tester of the same name in browserless-test-shared 1.1.2, built for Vaadin 25.2 where an
 * {@link Image} was an HtmlContainer; in 25.3 it is not, the library's class fails verification and with
 * it the registry of every tester, so no {@code test(component)} worked. Delete this file together with
 * {@code com.vaadin.browserless.internal.MockVaadinKt} when a browserless-test release for 25.3 is used.
 */
@Tests(Image.class)
public class ImageTester extends HtmlComponentTester<Image> {

    public ImageTester(Image component) {
        super(component);
    }
}
