package org.rapport.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the JSON body of {@code POST recognitions} (and {@code PUT recognitions/{id}} with
 * {@link #edit}). Every field starts valid apart from the category, which the test names (category
 * ids differ between hosts); the default message is unique, so a test can find what it gave:
 * {@code aRecognition(teamwork).to("bob").message("").build()}.
 */
public final class RecognitionBody {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private RecognitionBody(long categoryId) {
        fields.put("recipients", List.of("bob"));
        fields.put("categoryId", categoryId);
        fields.put("message", uniqueMessage("Thank you"));
        fields.put("visibility", "PUBLIC");
    }

    /** A public recognition for bob in the given category, with a unique message and no link. */
    public static RecognitionBody aRecognition(long categoryId) {
        return new RecognitionBody(categoryId);
    }

    /** The body of {@code PUT recognitions/{id}}: just a message and a category. */
    public static Map<String, Object> edit(String message, Object categoryId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("categoryId", categoryId);
        return body;
    }

    /** A message no other test uses, readable in reports: {@code prefix} plus a sequence number. */
    public static String uniqueMessage(String prefix) {
        return prefix + " #" + SEQUENCE.incrementAndGet();
    }

    public RecognitionBody to(String... recipientKeys) {
        return with("recipients", List.of(recipientKeys));
    }

    public RecognitionBody category(Object categoryId) {
        return with("categoryId", categoryId);
    }

    public RecognitionBody message(String message) {
        return with("message", message);
    }

    public RecognitionBody visibility(String visibility) {
        return with("visibility", visibility);
    }

    public RecognitionBody privately() {
        return visibility("PRIVATE");
    }

    public RecognitionBody link(String link) {
        return with("link", link);
    }

    /** Sets any field, also one the API does not know, to any JSON value (null included). */
    public RecognitionBody with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public RecognitionBody without(String field) {
        fields.remove(field);
        return this;
    }

    public String message() {
        return (String) fields.get("message");
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
