package org.shegong.suggestion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;

/**
 * A campaign (专项征集, 上海市人民建议征集若干规定 §8): topic, background, catalogue field, channels, the organ that
 * asks, opening and closing minute (Asia/Shanghai). Transitions refuse illegal moves with a message key.
 */
public record Campaign(@Nullable CampaignId id, String topic, String background, String field, String channels, long organUnitId,
        String organName, String regionCode, Instant opensAt, Instant closesAt, CampaignStatus status,
        @Nullable String feedback, @Nullable Instant feedbackAt, String createdBy, Instant createdAt, int version) {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_BACKGROUND = 5000;
    public static final int MAX_FEEDBACK = 10000;

    static Campaign draft(String topic, String background, String field, String channels, long organUnitId, String organName,
            String regionCode, LocalDateTime opens, LocalDateTime closes, String createdBy, Instant now) {
        String t = Texts.required("topic", topic, MAX_TOPIC, "suggestion.campaign.topic.empty");
        String b = Texts.optional("background", background, MAX_BACKGROUND);
        Instant o = ClosingMinute.at(opens);
        Instant c = ClosingMinute.at(closes);
        if (!c.isAfter(o)) {
            throw new InvalidInput("closesAt", "suggestion.campaign.dates");
        }
        return new Campaign(null, t, b, Texts.field(field), channels, organUnitId, organName, regionCode, o, c,
                CampaignStatus.DRAFT, null, null, createdBy, now, 1);
    }

    /** The status at {@code now}: a published campaign is closed from its closing minute on, even before anyone closes it. */
    public CampaignStatus statusAt(Instant now) {
        return status == CampaignStatus.PUBLISHED && !ClosingMinute.before(now, closesAt) ? CampaignStatus.CLOSED : status;
    }

    /** Whether a suggestion submitted at {@code now} is accepted: published, opened and not yet at the closing minute. */
    public boolean acceptsAt(Instant now) {
        return status == CampaignStatus.PUBLISHED && !ClosingMinute.before(now, opensAt) && ClosingMinute.before(now, closesAt);
    }

    /** Refuses a submission at {@code now} with the reason (unpublished, not yet open, closed). */
    void requireOpen(Instant now) {
        if (status == CampaignStatus.DRAFT) {
            throw new InvalidInput("campaignId", "suggestion.campaign.unpublished");
        }
        if (statusAt(now) != CampaignStatus.PUBLISHED || !ClosingMinute.before(now, closesAt)) {
            throw new InvalidInput("campaignId", "suggestion.campaign.closed");
        }
        if (ClosingMinute.before(now, opensAt)) {
            throw new InvalidInput("campaignId", "suggestion.campaign.notYetOpen");
        }
    }

    Campaign publish() {
        if (status != CampaignStatus.DRAFT) {
            throw new InvalidInput(null, "suggestion.campaign.state");
        }
        return with(CampaignStatus.PUBLISHED, feedback, feedbackAt);
    }

    Campaign close(Instant now) {
        if (status != CampaignStatus.PUBLISHED) {
            throw new InvalidInput(null, "suggestion.campaign.state");
        }
        // closing early moves the closing minute to now; a campaign past its closing minute keeps it
        Instant at = ClosingMinute.before(now, closesAt) ? now.truncatedTo(ChronoUnit.MINUTES) : closesAt;
        return new Campaign(id, topic, background, field, channels, organUnitId, organName, regionCode,
                opensAt.isAfter(at) ? at.minus(1, ChronoUnit.MINUTES) : opensAt, at, CampaignStatus.CLOSED, feedback,
                feedbackAt, createdBy, createdAt, version);
    }

    Campaign publishFeedback(String text, Instant now) {
        if (statusAt(now) != CampaignStatus.CLOSED) {
            throw new InvalidInput(null, "suggestion.campaign.feedbackBeforeClose");
        }
        String f = Texts.required("feedback", text, MAX_FEEDBACK, "suggestion.feedback.empty");
        return with(CampaignStatus.FEEDBACK_PUBLISHED, f, now);
    }

    private Campaign with(CampaignStatus s, @Nullable String f, @Nullable Instant fAt) {
        return new Campaign(id, topic, background, field, channels, organUnitId, organName, regionCode, opensAt, closesAt, s,
                f, fAt, createdBy, createdAt, version);
    }

    public LocalDateTime opensLocal() {
        return LocalDateTime.ofInstant(opensAt, Deadline.ZONE);
    }

    public LocalDateTime closesLocal() {
        return LocalDateTime.ofInstant(closesAt, Deadline.ZONE);
    }
}
