package com.clientele.provider.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON names of a provider account's fields. The service names a field in error the way its
 * records do ({@code businessName}); an API client has to read the name it sent ({@code business_name}).
 */
final class ProviderFields {

    static final String BUSINESS_NAME = "business_name";
    static final String EMAIL = "email";
    static final String TIME_ZONE = "time_zone";
    static final String CURRENCY = "currency";
    static final String COUNTRY = "country";
    static final String PASSWORD = "password";
    static final String GENERATE_PASSWORD = "generate_password";
    static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";

    private static final Map<String, String> FROM_SERVICE = Map.of(
            "businessName", BUSINESS_NAME,
            "timeZone", TIME_ZONE,
            "passwordChangeRequired", PASSWORD_CHANGE_REQUIRED);

    private ProviderFields() {
    }

    /** The same errors, each under the field name the client sent. */
    static InvalidInputException renamed(InvalidInputException e) {
        Map<String, Text> errors = new LinkedHashMap<>();
        e.errors().forEach((field, message) -> errors.put(FROM_SERVICE.getOrDefault(field, field), message));
        return new InvalidInputException(errors);
    }
}
