package org.shegong.suggestion;

/** A campaign's life: draft → published → closed → feedback published (上海市人民建议征集若干规定 §8, §12). */
public enum CampaignStatus {
    DRAFT, PUBLISHED, CLOSED, FEEDBACK_PUBLISHED
}
