package org.floorcross.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One way the output for an article differs from its gold. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Miss.AbsentFromOutput.class, name = "absent_from_output"),
        @JsonSubTypes.Type(value = Miss.WrongRelevance.class, name = "wrong_relevance"),
        @JsonSubTypes.Type(value = Miss.MissingEvent.class, name = "missing_event"),
        @JsonSubTypes.Type(value = Miss.ExtraEvent.class, name = "extra_event"),
        @JsonSubTypes.Type(value = Miss.WrongFields.class, name = "wrong_fields"),
        @JsonSubTypes.Type(value = Miss.WrongCount.class, name = "wrong_count"),
        @JsonSubTypes.Type(value = Miss.MissingPeople.class, name = "missing_people"),
        @JsonSubTypes.Type(value = Miss.ExtraPeople.class, name = "extra_people")})
public sealed interface Miss {

    /** The miss in one line of plain words. */
    @JsonProperty
    String describe();

    /** The output has no line for a gold article: every gold event is missed and its relevance counts as wrong. */
    record AbsentFromOutput() implements Miss {
        public String describe() {
            return "absent from the output";
        }
    }

    record WrongRelevance(boolean expected, boolean actual) implements Miss {
        public String describe() {
            return "relevant should be " + expected + ", was " + actual;
        }
    }

    record MissingEvent(EventKey event) implements Miss {
        public String describe() {
            return "missing event: " + event.describe();
        }
    }

    record ExtraEvent(EventKey event) implements Miss {
        public String describe() {
            return "extra event: " + event.describe();
        }
    }

    /**
     * A gold event and an unmatched prediction that agree on at least two of kind, body, from and to: the event was
     * found with the named fields wrong.
     */
    record WrongFields(EventKey event, EventKey found, List<String> fields) implements Miss {
        public WrongFields {
            fields = List.copyOf(fields);
        }

        public String describe() {
            return String.join(", ", fields) + " wrong: " + event.describe() + " was found as " + found.describe();
        }
    }

    record WrongCount(EventKey event, Integer expected, Integer actual) implements Miss {
        public String describe() {
            return "count should be " + expected + ", was " + actual + ": " + event.describe();
        }
    }

    record MissingPeople(EventKey event, List<String> names) implements Miss {
        public MissingPeople {
            names = List.copyOf(names);
        }

        public String describe() {
            return "missing people " + String.join(", ", names) + ": " + event.describe();
        }
    }

    record ExtraPeople(EventKey event, List<String> names) implements Miss {
        public ExtraPeople {
            names = List.copyOf(names);
        }

        public String describe() {
            return "extra people " + String.join(", ", names) + ": " + event.describe();
        }
    }
}
