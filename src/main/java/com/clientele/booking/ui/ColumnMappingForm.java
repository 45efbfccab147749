package com.clientele.booking.ui;

import com.clientele.booking.imports.ColumnMapping;
import com.clientele.booking.imports.ImportField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** For each field the import reads, the column of the file it comes from; starts with the guess. */
class ColumnMappingForm extends FormLayout {

    private static final int NONE = -1;

    private ColumnMapping mapping;

    ColumnMappingForm(ColumnMapping guessed, List<String> header, Consumer<ColumnMapping> onChange) {
        this.mapping = guessed;
        addClassName("mapping-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2), new ResponsiveStep("56em", 3));
        List<Integer> columns = IntStream.range(-1, header.size()).boxed().toList();
        String none = getTranslation("import.mapping.none");
        for (ImportField field : guessed.kind().fields()) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation(field.text().key()));
            select.setItems(columns);
            select.setItemLabelGenerator(column -> column == NONE ? none : header.get(column));
            select.setValue(guessed.column(field).orElse(NONE));
            select.setHelperText(field.hintText().map(hint -> getTranslation(hint.key())).orElse(null));
            select.addValueChangeListener(event -> {
                Integer column = event.getValue() == null || event.getValue() == NONE ? null : event.getValue();
                mapping = mapping.with(field, column);
                onChange.accept(mapping);
            });
            add(select);
        }
    }

    ColumnMapping mapping() {
        return mapping;
    }
}
