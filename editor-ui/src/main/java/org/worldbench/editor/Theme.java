package org.worldbench.editor;

import javafx.application.Application;

/** The editor's look: AtlantaFX Primer Light (its own adjustments live in {@code editor.css}). */
public final class Theme {

    private Theme() {
    }

    /** Sets the theme for every window of the application. FX thread. */
    public static void apply() {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }
}
