package io.tacitcrm.mail.infrastructure;

import io.tacitcrm.mail.domain.MailFailure;
import io.tacitcrm.mail.domain.MailTransport;
import io.tacitcrm.mail.domain.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP through Eclipse Angus Mail, set by MicroProfile Config: {@code SMTP_HOST} (none: mail waits in the outbox),
 * {@code SMTP_PORT}, {@code SMTP_USER} and {@code SMTP_PASSWORD} (both or neither), {@code SMTP_STARTTLS} and
 * {@code SMTP_FROM}. A conversation never takes longer than its time-outs (10 s to connect, 20 s a reply).
 */
@ApplicationScoped
class SmtpTransport implements MailTransport {

    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "smtp.starttls", defaultValue = "false")
    boolean startTls;
    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "Tacit CRM <no-reply@tacitcrm.localhost>")
    String from;

    private volatile Session session;

    @Override
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public void send(OutgoingMail mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);
        } catch (AddressException e) {
            throw new MailFailure("bad address: " + e.getMessage(), true, e);
        } catch (SendFailedException e) {
            // the server named the recipient invalid: trying again cannot help
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailFailure(e.getMessage(), refused, e);
        } catch (MessagingException e) {
            throw new MailFailure(e.getMessage(), false, e);
        }
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            Properties props = new Properties();
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", host.orElseThrow());
            props.put("mail.smtp.port", Integer.toString(port));
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "20000");
            props.put("mail.smtp.writetimeout", "20000");
            props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
            props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
            props.put("mail.mime.charset", StandardCharsets.UTF_8.name());
            Authenticator login = null;
            if (user.isPresent() && password.isPresent()) {
                props.put("mail.smtp.auth", "true");
                login = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.get());
                    }
                };
            }
            current = Session.getInstance(props, login);
            session = current;
        }
        return current;
    }
}
