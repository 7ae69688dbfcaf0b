package io.tacitcrm.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the screens say is said in each language the product speaks. */
class TranslationsTest {

    private static final List<String> LANGUAGES = List.of("translations.properties", "translations_zh_CN.properties");

    @Test
    void every_language_has_every_key() throws IOException {
        Set<String> english = bundle(LANGUAGES.getFirst()).stringPropertyNames();
        Set<String> chinese = bundle(LANGUAGES.getLast()).stringPropertyNames();
        assertEquals(Set.of(), difference(english, chinese), "only in English");
        assertEquals(Set.of(), difference(chinese, english), "only in Chinese");
    }

    /**
     * The refusals a database failure stands for reach the user through the one error handler, by their code; a code
     * without a text fell back to the server's English words on a Chinese screen ({@code transaction.timeout}).
     */
    @Test
    void every_refusal_a_database_failure_stands_for_has_a_text_in_each_language() throws IOException {
        List<String> codes = Stream.of(new RollbackException("Transaction timed out after 120 seconds"),
                new OptimisticLockException("stale"), new SQLException("duplicate", "23505"),
                new SQLException("deadlock", "40P01"), new SQLException("canceled", "57014"),
                new SQLException("refused", "08001"), new SQLException("disk full", "53100"))
                .map(failure -> PersistenceFailures.explain(failure).orElseThrow().code()).toList();
        assertEquals(7, codes.stream().distinct().count(), "each failure its own refusal: " + codes);
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            Stream.concat(codes.stream(), Stream.of(PersistenceFailures.undone()).map(DomainException::code))
                    .forEach(code -> assertTrue(texts.containsKey("error." + code), language + " lacks " + code));
        }
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> only = new TreeSet<>(from);
        only.removeAll(without);
        return only;
    }

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }
}
