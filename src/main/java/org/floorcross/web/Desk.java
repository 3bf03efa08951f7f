package org.floorcross.web;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.web.Records.SourceText;

/** The narrow port to the review queue: pending claims and the editor's three decisions. */
interface Desk {

    /** Claims waiting for an editor, oldest first. */
    List<ClaimView> pending();

    ClaimView accept(String claimId, String editor, String why);

    ClaimView reject(String claimId, String editor, String why);

    ClaimView edit(String claimId, ClaimEdit edit, String editor, String why);

    record ClaimView(String id, String kind, String bodyId, String bodyName, String from, String to, String group,
                     Integer count, List<String> people, LocalDate date, String precision, double confidence,
                     List<SourceText> sources, String status) {
        public ClaimView {
            people = List.copyOf(people);
            sources = List.copyOf(sources);
        }
    }

    /** An editor's correction; null fields are left as they were. */
    record ClaimEdit(String from, String to, String group, Integer count, List<String> people, LocalDate date) {}
}
