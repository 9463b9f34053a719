package dev.atrium.core.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link TextInput}'s rule for every string of every JSON body the web layer
 * reads: a {@code \u0000} or lone {@code \ud800} escape is well-formed JSON,
 * so only the string's reader can refuse it and name its field. Boot adds
 * this module to the application's {@code JsonMapper}.
 */
final class TextInputJson {

    private TextInputJson() {
    }

    static JacksonModule module() {
        return new SimpleModule("atrium-text-input").addDeserializer(String.class, new CheckedStrings());
    }

    /** A refused string: {@link MalformedInput} answers it as a field error with {@link TextInput#MESSAGE}. */
    static final class UnacceptableText extends InvalidFormatException {

        UnacceptableText(JsonParser parser) {
            // The value stays out of the exception: it is what we refuse to store or log.
            super(parser, "Text " + TextInput.MESSAGE, null, String.class);
        }
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            if (value != null && !TextInput.acceptable(value)) {
                throw new UnacceptableText(parser);
            }
            return value;
        }
    }
}
