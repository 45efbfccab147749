package com.clientele;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One GreenMail SMTP server for the whole test run, started before any Spring context on a free
 * port, which it hands to the app through the same environment names production uses (SMTP_HOST,
 * SMTP_PORT, MAIL_FROM). Registered in META-INF/services, so every test JVM has it.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String FROM = "bookings@clientele.test";
    private static volatile GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }

    /** The running server; tests read the delivered messages from it. */
    public static synchronized GreenMail server() {
        start();
        return server;
    }

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty("SMTP_HOST", "127.0.0.1");
        System.setProperty("SMTP_PORT", String.valueOf(port));
        System.setProperty("MAIL_FROM", FROM);
        System.setProperty("SMTP_STARTTLS", "false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mails the test server received for this address, in the order received. */
    public static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(server().getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients())
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equalsIgnoreCase(email));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
