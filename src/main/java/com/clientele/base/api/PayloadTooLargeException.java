package com.clientele.base.api;

import java.io.IOException;

/** A request body went past the API's size limit while it was being read. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
