package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.customer.CustomerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Edits a customer's private notes with a character counter. Saving reports the text and the
 * version it was based on; if someone changed the customer meanwhile, the view calls
 * {@link #showConflict} and nothing is overwritten.
 */
class NotesDialog extends Dialog {

    static final int MAX = CustomerService.NOTES_MAX;

    final TextArea notes = new TextArea();
    final Span counter = new Span();
    final Button save = new Button(getTranslation("workspace.notes.save"));
    final Div conflict = new Div();
    private long version;

    record Save(String text, long version) {
    }

    private Consumer<Save> onSave = save -> { };
    private Runnable onReload = () -> { };

    NotesDialog(String customerName, String current, long version) {
        this.version = version;
        setHeaderTitle(getTranslation("workspace.notes.title", customerName));
        setWidth("min(640px, 96vw)");
        notes.setAriaLabel(getTranslation("workspace.notes.label"));
        notes.setHelperText(getTranslation("workspace.notes.help"));
        notes.setWidthFull();
        notes.setMinHeight("220px");
        // a long text scrolls inside the field, so the counter and the error stay in view
        notes.setMaxHeight("min(50vh, 420px)");
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.setValueChangeTimeout(200);
        notes.setValue(current == null ? "" : current);
        notes.addValueChangeListener(e -> updateCounter());
        counter.addClassName("char-counter");
        conflict.addClassName("conflict-notice");
        conflict.setVisible(false);
        Button reload = new Button(getTranslation("workspace.notes.reload"), click -> onReload.run());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.add(new Span(getTranslation("workspace.notes.conflict")), reload);
        add(conflict, notes, counter);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (updateCounter()) {
                onSave.accept(new Save(notes.getValue(), this.version));
            }
        });
        Button cancel = new Button(getTranslation("workspace.action.cancel"), click -> close());
        getFooter().add(cancel, save);
        updateCounter();
        addOpenedChangeListener(e -> notes.focus());
    }

    /** @return whether the text fits */
    private boolean updateCounter() {
        int length = notes.getValue().length();
        Locale locale = ReaderFormats.locale(getLocale());
        counter.setText(Formats.count(length, locale) + " / " + Formats.count(MAX, locale));
        boolean fits = length <= MAX;
        counter.getElement().getClassList().set("over-limit", !fits);
        notes.setInvalid(!fits);
        notes.setErrorMessage(fits ? null : getTranslation("workspace.notes.too-long", MAX, length - MAX));
        save.setEnabled(fits);
        return fits;
    }

    void onSave(Consumer<Save> listener) {
        this.onSave = listener;
    }

    void onReload(Runnable listener) {
        this.onReload = listener;
    }

    void showConflict() {
        conflict.setVisible(true);
    }

    /** Replaces the text with the latest saved notes after a conflict. */
    void reload(String latest, long latestVersion) {
        this.version = latestVersion;
        notes.setValue(latest == null ? "" : latest);
        conflict.setVisible(false);
        updateCounter();
    }
}
