package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Account links that are recorded instead of mailed. */
final class RecordingLinks extends AccountLinks {

    record Sent(User user, Letter letter, Duration validity, Map<String, String> values) {
    }

    final List<Sent> sent = new ArrayList<>();

    @Override
    public void send(User user, Letter letter, Duration validity, Map<String, String> values) {
        sent.add(new Sent(user, letter, validity, values));
    }

    @Override
    public void send(User user, Letter letter, Map<String, String> values) {
        send(user, letter, Duration.ZERO, values);
    }
}
