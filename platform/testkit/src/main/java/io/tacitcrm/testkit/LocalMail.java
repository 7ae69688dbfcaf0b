package io.tacitcrm.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An SMTP server on the loopback address that keeps every message it is sent (GreenMail): tests read the server's mail
 * from it, and the run command shows it on a local page ({@link MailPage}). Tell the server with
 * {@link #environment()}.
 */
public final class LocalMail implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    /** GreenMail tells of every new mailbox at INFO; held here, as a logger nobody holds may lose its level. */
    private static final Logger GREENMAIL_LOG = Logger.getLogger("com.icegreen.greenmail");

    private final GreenMail greenMail;
    private final int port;

    private LocalMail(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts an SMTP server on {@code 127.0.0.1:port}. */
    public static LocalMail start(int port) {
        GREENMAIL_LOG.setLevel(Level.WARNING);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new LocalMail(greenMail, port);
    }

    /** What the server needs to send here. */
    public Map<String, String> environment() {
        return Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(port));
    }

    public int port() {
        return port;
    }

    /** Every message received so far, oldest first. */
    public List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(LocalMail::read).toList();
    }

    /** Waits for a message to {@code address} that {@code which} accepts; fails after {@code timeout}. */
    public Mail awaitMail(String address, Predicate<Mail> which, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            Optional<Mail> found = received().stream().filter(m -> m.to().equalsIgnoreCase(address)).filter(which)
                    .reduce((first, later) -> later);
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such mail to " + address + " within " + timeout + "; received: "
                        + received().stream().map(m -> m.to() + " '" + m.subject() + "'").toList());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** How many messages went to {@code address}. */
    public long countTo(String address) {
        return received().stream().filter(m -> m.to().equalsIgnoreCase(address)).count();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** A received message: its plain text and HTML alternatives. */
    public record Mail(String to, String from, String subject, String text, String html, Instant received) {

        /** The first web address in the plain text: the message's link. */
        public String link() {
            Matcher m = LINK.matcher(text);
            if (!m.find()) {
                throw new AssertionError("no link in: " + text);
            }
            return m.group();
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            String text = "";
            String html = "";
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            } else {
                text = String.valueOf(content);
            }
            Instant received = Optional.ofNullable(message.getSentDate()).map(d -> d.toInstant()).orElse(Instant.EPOCH);
            return new Mail(message.getAllRecipients()[0].toString(), message.getFrom()[0].toString(),
                    message.getSubject(), text, html, received);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
