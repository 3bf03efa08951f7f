package org.floorcross.web;

import java.util.List;
import org.floorcross.review.Decision;
import org.floorcross.review.Edit;
import org.floorcross.review.ProposedEvent;
import org.floorcross.review.Report;
import org.floorcross.review.Review;
import org.floorcross.web.Records.SourceRef;
import org.floorcross.web.Records.SourceText;
import org.floorcross.web.Records.Span;

/** The review port over {@link Review}: its proposed events are the claims an editor decides on. */
final class ReviewDesk implements Desk {

    private final Review review;

    ReviewDesk(Review review) {
        this.review = review;
    }

    @Override
    public List<ClaimView> pending() {
        return review.pending().stream().map(ReviewDesk::view).toList();
    }

    @Override
    public ClaimView accept(String claimId, String editor, String why) {
        return view(review.accept(require(claimId), new Decision(editor, blankToNull(why))));
    }

    @Override
    public ClaimView reject(String claimId, String editor, String why) {
        return view(review.reject(require(claimId), new Decision(editor, blankToNull(why))));
    }

    @Override
    public ClaimView edit(String claimId, ClaimEdit edit, String editor, String why) {
        Edit change = new Edit(edit.count(), edit.from(), edit.to(), edit.group(), edit.people(), edit.date());
        if (change.isEmpty()) {
            throw new IllegalArgumentException("the edit of claim " + claimId + " changes nothing");
        }
        return view(review.edit(require(claimId), change, new Decision(editor, blankToNull(why))));
    }

    private long require(String claimId) {
        try {
            long id = Long.parseLong(claimId);
            review.findEvent(id).orElseThrow(() -> new Failures.NotFound("unknown claim: " + claimId));
            return id;
        } catch (NumberFormatException e) {
            throw new Failures.NotFound("unknown claim: " + claimId);
        }
    }

    private static ClaimView view(ProposedEvent event) {
        double confidence = event.reports().stream().mapToDouble(Report::confidence).max().orElse(event.support());
        return new ClaimView(String.valueOf(event.id()), event.kind(), event.bodyId(), event.bodyName(), event.from(),
                event.to(), event.group(), event.count(), event.people(), event.date().date(),
                event.date().precision().name(), confidence, event.reports().stream().map(ReviewDesk::text).toList(),
                event.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static SourceText text(Report report) {
        String text = String.join(" … ", report.sentences());
        List<Span> spans = new java.util.ArrayList<>();
        int at = 0;
        for (String sentence : report.sentences()) {
            spans.add(new Span(at, at + sentence.length()));
            at += sentence.length() + 3;
        }
        return new SourceText(new SourceRef(report.articleId(), report.url(), null, report.published()), text, spans);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
