package com.clientele.merge.ui;

import com.clientele.base.Formats;
import com.clientele.base.Phones;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.MergedFields;
import com.clientele.merge.MergeChoices;
import com.clientele.merge.MergeChoices.Pick;
import com.clientele.merge.MergePreview;
import com.clientele.merge.MergeService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The side-by-side merge (SPEC 12): which record is kept, whose name, e-mail and phone survive, the
 * two customers' figures, flags and notes next to each other, and what the survivor will hold. The
 * service decides every rule ({@link MergeService#preview}); the dialog shows its answer.
 */
class MergeDialog extends Dialog {

    private final transient MergeService merges;
    private final long firstId;
    private final long secondId;
    private final ZoneId zone;
    private final Runnable onMerged;
    final RadioButtonGroup<Long> keep = new RadioButtonGroup<>();
    final RadioButtonGroup<Long> name = new RadioButtonGroup<>();
    final RadioButtonGroup<Long> email = new RadioButtonGroup<>();
    final RadioButtonGroup<Long> phone = new RadioButtonGroup<>();
    final Div comparison = new Div();
    final Div result = new Div();
    final Button merge = new Button();
    private @Nullable MergePreview preview;

    MergeDialog(MergeService merges, long firstId, long secondId, ZoneId zone, Runnable onMerged) {
        this.merges = merges;
        this.firstId = firstId;
        this.secondId = secondId;
        this.zone = zone;
        this.onMerged = onMerged;
        addClassName("merge-dialog");
        setHeaderTitle(getTranslation("merge.title"));
        setWidth("min(100%, 60rem)");
        MergePreview first = merges.preview(firstId, secondId, MergeChoices.DEFAULT);
        CustomerDetails a = first.survivor();
        CustomerDetails b = first.other();
        // the record with more bookings (else the older one) is kept unless the provider says otherwise
        long keptByDefault = b.totalBookings() > a.totalBookings()
                || (b.totalBookings() == a.totalBookings() && b.createdAt().isBefore(a.createdAt())) ? secondId : firstId;
        Function<Long, String> who = id -> (id == firstId ? a : b).name();
        keep.setLabel(getTranslation("merge.keep"));
        keep.setHelperText(getTranslation("merge.keep.help"));
        keep.setItems(firstId, secondId);
        keep.setItemLabelGenerator(id -> getTranslation("merge.keep.record", who.apply(id),
                (id == firstId ? a : b).totalBookings()));
        keep.setValue(keptByDefault);
        choice(name, "merge.field.name", a.name(), b.name(), keptByDefault);
        choice(email, "merge.field.email", a.email(), b.email(), keptByDefault);
        choice(phone, "merge.field.phone", display(a.phone()), display(b.phone()), keptByDefault);
        for (RadioButtonGroup<Long> group : List.of(keep, name, email, phone)) {
            group.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    refresh();
                }
            });
        }
        comparison.addClassName("merge-comparison");
        result.addClassName("merge-result");
        Paragraph undo = new Paragraph(getTranslation("merge.undo-note", merges.undoWindow().toDays()));
        undo.addClassName("muted");
        add(keep, fields(), comparison, result, undo);
        merge.setText(getTranslation("merge.confirm"));
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(click -> mergeNow());
        Button cancel = new Button(getTranslation("duplicates.cancel"), click -> close());
        getFooter().add(cancel, merge);
        refresh();
    }

    private Div fields() {
        Div fields = new Div(name, email, phone);
        fields.addClassName("merge-fields");
        return fields;
    }

    /** A field's two values to pick from; a field both hold alike, or only one holds, needs no choice. */
    private void choice(RadioButtonGroup<Long> group, String labelKey, @Nullable String a, @Nullable String b,
            long kept) {
        group.setLabel(getTranslation(labelKey));
        group.setItems(firstId, secondId);
        group.setItemLabelGenerator(id -> Objects.requireNonNullElse(id == firstId ? a : b,
                getTranslation("merge.value.none")));
        group.setValue(kept);
        group.setVisible(a != null && b != null && !a.equals(b));
    }

    private static @Nullable String display(@Nullable String phone) {
        return phone == null ? null : Phones.display(phone);
    }

    private long survivorId() {
        return Objects.requireNonNullElse(keep.getValue(), firstId);
    }

    private long otherId() {
        return survivorId() == firstId ? secondId : firstId;
    }

    private MergeChoices choices() {
        long survivor = survivorId();
        Function<RadioButtonGroup<Long>, Pick> pick = group -> group.getValue() == null || group.getValue() == survivor
                ? Pick.SURVIVOR : Pick.OTHER;
        return new MergeChoices(pick.apply(name), pick.apply(email), pick.apply(phone));
    }

    private void refresh() {
        try {
            preview = merges.preview(survivorId(), otherId(), choices());
        } catch (RuntimeException e) {
            preview = null;
            result.removeAll();
            result.add(new Paragraph(ErrorMessages.describe(e)));
            merge.setEnabled(false);
            return;
        }
        merge.setEnabled(true);
        comparison.removeAll();
        comparison.add(column(preview.survivor(), true), column(preview.other(), false));
        showResult(preview.result(), preview.survivor(), preview.other());
    }

    private Component column(CustomerDetails customer, boolean kept) {
        Div column = new Div();
        column.addClassName("merge-column");
        H3 title = new H3(customer.name());
        Span role = new Span(getTranslation(kept ? "merge.column.kept" : "merge.column.merged"));
        role.addClassName("muted");
        column.add(title, role,
                fact("merge.fact.email", Objects.requireNonNullElse(customer.email(), getTranslation("merge.value.none"))),
                fact("merge.fact.phone", Objects.requireNonNullElse(display(customer.phone()),
                        getTranslation("merge.value.none"))),
                fact("merge.fact.bookings", String.valueOf(customer.totalBookings())),
                fact("merge.fact.last-visit", customer.lastBookingAt() == null ? getTranslation("merge.value.none")
                        : Formats.date(customer.lastBookingAt(), zone, getLocale())),
                fact("merge.fact.since", Formats.date(customer.createdAt(), zone, getLocale())),
                fact("merge.fact.favourite", getTranslation(customer.favorite() ? "merge.yes" : "merge.no")),
                fact("merge.fact.blocked", customer.blocked()
                        ? getTranslation("merge.blocked", Objects.requireNonNullElse(customer.blockedReason(), ""))
                        : getTranslation("merge.no")),
                fact("merge.fact.notes", customer.notes() == null ? getTranslation("merge.value.none")
                        : shorten(customer.notes())));
        return column;
    }

    private void showResult(MergedFields fields, CustomerDetails survivor, CustomerDetails other) {
        result.removeAll();
        H3 title = new H3(getTranslation("merge.result"));
        result.add(title,
                fact("merge.field.name", fields.name()),
                fact("merge.fact.email", Objects.requireNonNullElse(fields.email(), getTranslation("merge.value.none"))),
                fact("merge.fact.phone", Objects.requireNonNullElse(display(fields.phone()),
                        getTranslation("merge.value.none"))),
                fact("merge.fact.bookings", getTranslation("merge.result.bookings",
                        survivor.totalBookings() + other.totalBookings())),
                fact("merge.fact.favourite", getTranslation(fields.favorite() ? "merge.yes" : "merge.no")),
                fact("merge.fact.blocked", fields.blocked()
                        ? getTranslation("merge.blocked", Objects.requireNonNullElse(fields.blockedReason(), ""))
                        : getTranslation("merge.no")),
                fact("merge.fact.notes", fields.notes() == null ? getTranslation("merge.value.none")
                        : getTranslation("merge.result.notes", fields.notes().length())));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("merge-fact-label");
        Span text = new Span(value);
        text.addClassName("merge-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("merge-fact");
        return fact;
    }

    private static String shorten(String notes) {
        return notes.length() <= 160 ? notes : notes.substring(0, 159) + "…";
    }

    private void mergeNow() {
        if (preview == null) {
            return;
        }
        String kept = preview.survivor().name();
        String gone = preview.other().name();
        merge.setEnabled(false);
        // merged, or refused (merged meanwhile in another tab, say): either way the list is redrawn
        Actions.run(() -> merges.merge(survivorId(), otherId(), choices()),
                getTranslation("merge.done", gone, kept, merges.undoWindow().toDays()));
        close();
        onMerged.run();
    }
}
