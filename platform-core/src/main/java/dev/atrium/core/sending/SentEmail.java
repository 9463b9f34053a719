package dev.atrium.core.sending;

import java.util.List;

/** What went to the mail server: to whom, under which subject, with which file. The body is not repeated. */
record SentEmail(String kind, long id, String to, List<String> cc, String subject, String attachment) {
}
