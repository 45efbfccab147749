package com.clientele.messaging;

/** Text that goes into e-mail headers must stay on one line, or it could add headers of its own. */
final class Headers {

    private Headers() {
    }

    static boolean breaksLine(String text) {
        return text != null && (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0);
    }
}
