package com.satops.support;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** Mails as a test's SMTP server received them: who they went to, their parts, their HTML. */
public final class ReceivedMail {

    /** A question asked of one MIME part. */
    public interface PartTest {
        boolean matches(Part part) throws Exception;
    }

    private ReceivedMail() {
    }

    /** A port nothing listens on yet, for the test's SMTP server. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first To address. */
    public static String recipient(MimeMessage message) {
        return recipients(message).get(0);
    }

    /** The mail whose first To address is the given one. */
    public static MimeMessage to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(m -> recipient(m).equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    /** The part itself or the first part inside it that passes the test; null when none does. */
    public static Part partOrNull(Part part, PartTest test) throws Exception {
        if (test.matches(part)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = partOrNull(multipart.getBodyPart(i), test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** As {@link #partOrNull}, failing the test when no part passes. */
    public static Part findPart(Part part, PartTest test) throws Exception {
        Part found = partOrNull(part, test);
        if (found == null) {
            throw new AssertionError("no such MIME part");
        }
        return found;
    }

    /** The HTML body; null when the mail has none. */
    public static String htmlOf(Part part) throws Exception {
        Part html = partOrNull(part, p -> p.isMimeType("text/html"));
        return html == null ? null : (String) html.getContent();
    }

    /** The file name of the first attachment; null when nothing is attached. */
    public static String attachmentName(Part part) throws Exception {
        Part attached = partOrNull(part, p -> Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()));
        return attached == null ? null : attached.getFileName();
    }
}
