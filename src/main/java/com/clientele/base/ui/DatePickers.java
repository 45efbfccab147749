package com.clientele.base.ui;

import com.clientele.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker.DateTimePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date pickers in the reader's language: dates typed and shown in the UI's locale, the calendar's
 * month and weekday names from {@code java.time} in that locale, its buttons and error messages from
 * the base bundle's {@code datepicker.*} texts. Vaadin's own defaults are English whatever the locale.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker localise(DatePicker picker) {
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setI18n(calendar(picker, locale)
                .setBadInputErrorMessage(picker.getTranslation("datepicker.bad-input"))
                .setMinErrorMessage(picker.getTranslation("datepicker.too-early"))
                .setMaxErrorMessage(picker.getTranslation("datepicker.too-late")));
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(calendar(picker, locale));
        picker.setI18n(new DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("datepicker.date"))
                .setTimeLabel(picker.getTranslation("datepicker.time"))
                .setBadInputErrorMessage(picker.getTranslation("datepicker.date-time.bad-input"))
                .setIncompleteInputErrorMessage(picker.getTranslation("datepicker.date-time.incomplete"))
                .setMinErrorMessage(picker.getTranslation("datepicker.date-time.too-early"))
                .setMaxErrorMessage(picker.getTranslation("datepicker.date-time.too-late")));
        return picker;
    }

    /** The calendar overlay's names and buttons; the picker's weekday lists start on Sunday. */
    private static DatePickerI18n calendar(Component picker, Locale locale) {
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).limit(6)).toList();
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("datepicker.today"))
                .setCancel(picker.getTranslation("datepicker.cancel"));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Formats.LOCALE : ui.getLocale();
    }
}
