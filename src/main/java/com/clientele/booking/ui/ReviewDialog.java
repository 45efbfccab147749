package com.clientele.booking.ui;

import com.clientele.base.Formats;
import com.clientele.booking.BookingRow;
import com.clientele.booking.BookingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The customer's rating of a completed booking. Fires {@code onSave}; knows nothing of services. */
class ReviewDialog extends Dialog {

    interface SaveListener {
        /** @return true when saved (the dialog closes) */
        boolean save(int rating, String comment);
    }

    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();

    ReviewDialog(BookingRow booking, String when, SaveListener onSave) {
        setHeaderTitle(getTranslation("booking.review.title", booking.serviceName()));
        rating.setLabel(getTranslation("booking.review.rating"));
        comment.setLabel(getTranslation("booking.review.comment"));
        addClassName("app-dialog");
        setWidth("min(40rem, 100vw)");
        rating.setItems(5, 4, 3, 2, 1);
        rating.setItemLabelGenerator(stars -> "★".repeat(stars) + "☆".repeat(5 - stars));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setRequiredIndicatorVisible(true);
        comment.setMaxLength(BookingService.REVIEW_COMMENT_MAX);
        comment.setWidthFull();
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setHelperText(length(0));
        comment.addValueChangeListener(event -> comment.setHelperText(length(event.getValue().length())));
        var what = new Paragraph(booking.customerName() + " · " + when);
        what.addClassName("dialog-context");
        add(what, rating, comment);
        Button save = new Button(getTranslation("booking.review.save"), click -> {
            if (rating.getValue() == null) {
                rating.setInvalid(true);
                rating.setErrorMessage(getTranslation("booking.review.rating-missing"));
                return;
            }
            if (onSave.save(rating.getValue(), comment.getValue())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("booking.cancel"), click -> close()), save);
    }

    /** The comment's length against the most it may have, e.g. "120 / 2,000". */
    private String length(int characters) {
        return Formats.count(characters, getLocale()) + " / "
                + Formats.count(BookingService.REVIEW_COMMENT_MAX, getLocale());
    }
}
