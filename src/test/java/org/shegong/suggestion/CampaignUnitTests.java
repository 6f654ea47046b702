package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;

class CampaignUnitTests {

    static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 1, 9, 0);
    static final LocalDateTime CLOSES = LocalDateTime.of(2026, 12, 31, 18, 0);

    static Campaign published() {
        return Campaign.draft("老旧小区加装电梯", "背景", "城市建设", "网上", 1, "住建局", "510107000000", OPENS, CLOSES, "admin",
                Instant.parse("2026-11-30T00:00:00Z")).publish();
    }

    static Instant local(int month, int day, int hour, int minute, int second, int nanos) {
        return ZonedDateTime.of(2026, month, day, hour, minute, second, nanos, Deadline.ZONE).toInstant();
    }

    @Test
    void takesSuggestionsUntilTheLastInstantBeforeTheClosingMinuteInShanghai() {
        Campaign c = published();
        assertThat(c.acceptsAt(local(12, 31, 17, 59, 59, 999_999_999))).isTrue();
        assertThat(c.acceptsAt(local(12, 31, 18, 0, 0, 0))).isFalse();
        assertThat(c.statusAt(local(12, 31, 18, 0, 0, 0))).isEqualTo(CampaignStatus.CLOSED);
        assertThat(c.statusAt(local(12, 31, 17, 59, 59, 0))).isEqualTo(CampaignStatus.PUBLISHED);
        assertThatThrownBy(() -> c.requireOpen(local(12, 31, 18, 0, 30, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("suggestion.campaign.closed");
    }

    @Test
    void opensAtItsOpeningMinuteNotBefore() {
        Campaign c = published();
        assertThat(c.acceptsAt(local(12, 1, 8, 59, 59, 999_000_000))).isFalse();
        assertThat(c.acceptsAt(local(12, 1, 9, 0, 0, 0))).isTrue();
        assertThatThrownBy(() -> c.requireOpen(local(12, 1, 8, 59, 0, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("suggestion.campaign.notYetOpen");
    }

    @Test
    void aDraftTakesNothingAndSaysItIsUnpublished() {
        Campaign draft = Campaign.draft("题", "", "", "", 1, "局", "510107000000", OPENS, CLOSES, "a", Instant.EPOCH);
        assertThat(draft.acceptsAt(local(12, 5, 10, 0, 0, 0))).isFalse();
        assertThatThrownBy(() -> draft.requireOpen(local(12, 5, 10, 0, 0, 0)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("suggestion.campaign.unpublished");
    }

    @Test
    void goesDraftPublishedClosedFeedbackPublishedAndNoOtherWay() {
        Campaign c = published();
        assertThatThrownBy(c::publish).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> c.publishFeedback("反馈", local(12, 10, 10, 0, 0, 0)))
                .hasMessageContaining("suggestion.campaign.feedbackBeforeClose");
        Campaign closed = c.close(local(12, 10, 10, 30, 15, 0));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.closesAt()).isEqualTo(local(12, 10, 10, 30, 0, 0));
        assertThatThrownBy(() -> closed.publishFeedback("  ", local(12, 10, 11, 0, 0, 0)))
                .hasMessageContaining("suggestion.feedback.empty");
        Campaign answered = closed.publishFeedback("采纳了12条建议", local(12, 10, 11, 0, 0, 0));
        assertThat(answered.status()).isEqualTo(CampaignStatus.FEEDBACK_PUBLISHED);
        assertThat(answered.feedback()).isEqualTo("采纳了12条建议");
    }

    @Test
    void aCampaignPastItsClosingMinuteTakesFeedbackWithoutBeingClosedByHand() {
        Campaign c = published();
        assertThat(c.publishFeedback("反馈", local(12, 31, 18, 0, 0, 0)).status()).isEqualTo(CampaignStatus.FEEDBACK_PUBLISHED);
    }

    @Test
    void refusesAnEmptyTopicATooLongOneAndAClosingBeforeTheOpening() {
        assertThatThrownBy(() -> Campaign.draft(" ", "", "", "", 1, "局", "510107000000", OPENS, CLOSES, "a", Instant.EPOCH))
                .hasMessageContaining("suggestion.campaign.topic.empty");
        assertThatThrownBy(() -> Campaign.draft("长".repeat(201), "", "", "", 1, "局", "510107000000", OPENS, CLOSES, "a",
                Instant.EPOCH)).hasMessageContaining("suggestion.text.tooLong");
        assertThat(Campaign.draft("长".repeat(200), "", "", "", 1, "局", "510107000000", OPENS, CLOSES, "a", Instant.EPOCH)
                .topic()).hasSize(200);
        assertThatThrownBy(() -> Campaign.draft("题", "", "", "", 1, "局", "510107000000", CLOSES, CLOSES, "a", Instant.EPOCH))
                .hasMessageContaining("suggestion.campaign.dates");
    }
}
