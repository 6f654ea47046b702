package org.shegong.suggestion;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人民建议征集, every step (上海市人民建议征集若干规定 §§10–13): receive (online, at a collection point, by staff entry,
 * through the API, from a 建议意见 petition), screen, accept, transfer to the competent organ, answer — a group of
 * repeats once, reaching every proposer — and record adoption. Every step asks {@link SuggestionPermissions} first, so a
 * page form and its API twin cannot disagree, and appends to the timeline.
 */
@Service
@EnableConfigurationProperties(SuggestionProperties.class)
public class SuggestionManagement {

    static final String CITIZEN = "公众";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Suggestions suggestions;
    private final Campaigns campaigns;
    private final SuggestionPermissions permissions;
    private final PiiVault vault;
    private final UnitManagement units;
    private final DemandManagement demands;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FeedbackDeadline deadline;
    private final RepeatGrouping grouping;
    private final SecureRandom random = new SecureRandom();

    SuggestionManagement(Suggestions suggestions, Campaigns campaigns, SuggestionPermissions permissions, PiiVault vault,
            UnitManagement units, DemandManagement demands, JdbcClient jdbc, Clock clock,
            WorkingCalendar calendar, SuggestionProperties properties) {
        this.suggestions = suggestions;
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.vault = vault;
        this.units = units;
        this.demands = demands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadline = new FeedbackDeadline(calendar, properties::feedbackDaysFor);
        this.grouping = new RepeatGrouping(properties.groupThreshold());
    }

    /** What the proposer is told: the tracking code (with the last four digits of the mobile it finds the answer). */
    public record Submitted(SuggestionId id, String trackingCode) {
    }

    /** A citizen's suggestion from the public page, through a collection point's link when {@code point} is present. */
    @Transactional
    public Submitted submitOnline(SubmitSuggestion in, @Nullable Point point) {
        MobileNumber mobile = new MobileNumber(in.phone());
        Suggestion s = received(in, point == null ? Channel.ONLINE : Channel.POINT, point, true);
        seal(s, mobile);
        s.pointId = point == null ? null : point.id();
        return new Submitted(store(s, CITIZEN, point == null ? null : "征集点：" + point.name()).id(), s.trackingCode);
    }

    /** A suggestion received by letter, call, meeting, walk-in or through the API, entered by staff. */
    @Transactional
    public SuggestionView register(StaffPrincipal me, SubmitSuggestion in, Channel channel, @Nullable String idempotencyKey) {
        permissions.require(me, SuggestionStep.REGISTER);
        if (!Channel.STAFF_ENTRY.contains(channel) && channel != Channel.API) {
            throw new InvalidInput("channel", "suggestion.channel.invalid");
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            Optional<Suggestion> earlier = suggestions.byIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return view(me, permissions.visibleOr404(me, earlier.get()));
            }
        }
        String region = in.regionCode() == null || in.regionCode().isBlank() ? me.unitRegion().value() : in.regionCode();
        if (!RegionCode.isWellFormed(region) || !me.scope().covers(RegionCode.of(region))) {
            throw new InvalidInput("regionCode", "suggestion.region.invalid");
        }
        SubmitSuggestion located = new SubmitSuggestion(in.campaignId(), in.topic(), in.reasons(), in.measures(), in.field(),
                region, in.name(), in.phone(), in.anonymous());
        Suggestion s = received(located, channel, null, false);
        if (in.phone() != null && !in.phone().isBlank()) {
            seal(s, new MobileNumber(in.phone()));
        }
        s.idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
        try {
            return view(me, store(s, me.username(), null));
        } catch (DuplicateKeyException e) {
            throw new org.shegong.ConcurrentChange("suggestion", idempotencyKey);
        }
    }

    /** 信访工作条例 §29: a petition classified 建议意见 becomes a suggestion, its case number kept as the link. */
    @Transactional
    void receiveFromPetition(long petitionId, String caseNumber, String regionCode, String matter, Instant at) {
        if (jdbc.sql("select count(*) from suggestion where source_ref = :ref").param("ref", "petition:" + caseNumber)
                .query(Integer.class).single() > 0) {
            return;
        }
        String text = matter.length() > Suggestion.MAX_TEXT ? matter.substring(0, Suggestion.MAX_TEXT) : matter;
        String topic = text.codePointCount(0, text.length()) > 60 ? text.substring(0, text.offsetByCodePoints(0, 60)) + "…" : text;
        Suggestion s = new Suggestion(code(at), Channel.PETITION, topic, "", text, Texts.field(null), regionCode,
                "信访人（" + caseNumber + "）", at);
        s.sourceRef = "petition:" + caseNumber;
        s.anonymous = true;
        store(s, "信访 " + caseNumber, "信访事项 " + caseNumber + "（#" + petitionId + "）");
    }

    /**
     * A 12345 demand of the kind 建议 (接诉即办工作条例 §2) becomes a suggestion, the demand's tracking code kept as the
     * link. The caller is shown as 热线来电人 and anonymous in public; the contact stays with the demand.
     */
    @Transactional
    void receiveFromHotline(long demandId, String trackingCode, String regionCode, String matter, Instant at) {
        if (jdbc.sql("select count(*) from suggestion where source_ref = :ref").param("ref", "demand:" + trackingCode)
                .query(Integer.class).single() > 0) {
            return;
        }
        // a demand located by a point carries its grid's code; a suggestion is held at the village containing the grid
        String region = RegionCode.of(regionCode).ancestorAt(org.shegong.region.RegionLevel.VILLAGE).value();
        String text = matter.length() > Suggestion.MAX_TEXT ? matter.substring(0, Suggestion.MAX_TEXT) : matter;
        String topic = text.codePointCount(0, text.length()) > 60 ? text.substring(0, text.offsetByCodePoints(0, 60)) + "…" : text;
        Suggestion s = new Suggestion(code(at), Channel.HOTLINE, topic, "", text, Texts.field(null), region, "热线来电人", at);
        s.sourceRef = "demand:" + trackingCode;
        s.anonymous = true;
        store(s, "12345 " + trackingCode, "接诉即办 " + trackingCode + "（#" + demandId + "）");
    }

    private Suggestion received(SubmitSuggestion in, Channel channel, @Nullable Point point, boolean online) {
        Instant now = clock.instant();
        String topic = Texts.required("topic", in.topic(), Suggestion.MAX_TOPIC, "suggestion.topic.empty");
        String measures = Texts.required("measures", in.measures(), Suggestion.MAX_TEXT, "suggestion.measures.empty");
        String reasons = Texts.optional("reasons", in.reasons(), Suggestion.MAX_TEXT);
        String name = Texts.required("name", in.name(), Suggestion.MAX_NAME, "suggestion.name.empty");
        String field = Texts.field(in.field());
        String region;
        Campaign campaign = null;
        if (in.campaignId() != null) {
            campaign = campaigns.find(in.campaignId())
                    .orElseThrow(() -> new InvalidInput("campaignId", "suggestion.campaign.unknown"));
            campaign.requireOpen(now);
            field = campaign.field();
        }
        if (point != null) {
            region = point.regionCode();
        } else if (online && campaign != null && (in.regionCode() == null || in.regionCode().isBlank())) {
            region = campaign.regionCode();
        } else {
            region = in.regionCode() == null ? "" : in.regionCode();
        }
        if (!RegionCode.isWellFormed(region) || !RegionCode.SICHUAN.contains(RegionCode.of(region))) {
            throw new InvalidInput("regionCode", "suggestion.region.invalid");
        }
        // the name is shown in public only as its first character and two stars, or as 匿名
        Suggestion s = new Suggestion(code(now), channel, topic, reasons, measures, field, region,
                name.substring(0, name.offsetByCodePoints(0, 1)) + "**", now);
        s.nameCipher = vault.seal(PiiKind.TEXT, name).cipher();
        s.anonymous = in.anonymous();
        s.campaignId = campaign == null ? null : campaign.id();
        return s;
    }

    private void seal(Suggestion s, MobileNumber mobile) {
        SealedValue sealed = vault.seal(PiiKind.MOBILE, mobile.value());
        s.phoneCipher = sealed.cipher();
        s.phoneIndex = sealed.blindIndex();
        s.phoneMasked = sealed.masked();
    }

    private Suggestion store(Suggestion s, String actor, @Nullable String note) {
        Deadline due = deadline.of(s.receivedAt, s.regionCode);
        s.feedbackDueDate = due.date();
        s.feedbackDueAt = due.dueAt();
        s.feedbackRule = due.explanation();
        s.feedbackRuleEn = due.explanationEn();
        s.words = RepeatGrouping.words(s.topic, s.measures);
        Optional<Suggestion> repeat = grouping.match(s.words, suggestions.candidates(s, 200), c -> c.words);
        repeat.ifPresent(r -> s.groupId = r.group());
        suggestions.insert(s);
        suggestions.timeline(s.id(), s.receivedAt, actor, "RECEIVE", note == null ? s.channel.name() : s.channel.name() + " · " + note);
        repeat.ifPresent(r -> suggestions.timeline(s.id(), s.receivedAt, actor, "GROUP", "与 " + r.trackingCode + " 归为一组"));
        return s;
    }

    private String code(Instant at) {
        StringBuilder b = new StringBuilder("JY").append(at.atZone(Deadline.ZONE).format(CODE_DATE));
        for (int i = 0; i < 6; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    @Transactional(readOnly = true)
    public SuggestionView find(StaffPrincipal me, SuggestionId id) {
        return view(me, visible(me, id));
    }

    private Suggestion visible(StaffPrincipal me, SuggestionId id) {
        Suggestion s = suggestions.find(id).orElseThrow(() -> new NotFound("suggestion", id));
        return permissions.visibleOr404(me, s);
    }

    private Suggestion checked(StaffPrincipal me, SuggestionId id, @Nullable Integer version, SuggestionStep step) {
        Suggestion s = visible(me, id);
        permissions.require(me, s, step);
        if (version != null && version != s.version) {
            throw new org.shegong.ConcurrentChange("suggestion", id);
        }
        return s;
    }

    /** Accepts a suggestion and the open repeats grouped with it. */
    @Transactional
    public SuggestionView accept(StaffPrincipal me, SuggestionId id, @Nullable Integer version) {
        Suggestion s = checked(me, id, version, SuggestionStep.ACCEPT);
        for (Suggestion m : groupOf(s)) {
            if (m.status == SuggestionStatus.REGISTERED && permissions.allowed(me, m).contains(SuggestionStep.ACCEPT)) {
                m.accept();
                suggestions.update(m);
                suggestions.timeline(m.id(), clock.instant(), me.username(), "ACCEPT", m.id().equals(id) ? null : "随组 " + s.trackingCode);
            }
        }
        return find(me, id);
    }

    /** Transfers a suggestion, and the open repeats of its group, to the competent organ's inbox. */
    @Transactional
    public SuggestionView transfer(StaffPrincipal me, SuggestionId id, @Nullable Integer version, @Nullable Long unitId) {
        Suggestion s = checked(me, id, version, SuggestionStep.TRANSFER);
        UnitView organ = unitId == null ? null : units.byId(UnitId.of(unitId)).filter(UnitView::active).orElse(null);
        if (organ == null) {
            throw new InvalidInput("unitId", "suggestion.organ.unknown");
        }
        Instant now = clock.instant();
        for (Suggestion m : groupOf(s)) {
            if (!permissions.visible(me, m)) {
                continue;
            }
            if (m.status == SuggestionStatus.REGISTERED) {
                m.accept();
                suggestions.timeline(m.id(), now, me.username(), "ACCEPT", "随组 " + s.trackingCode);
            }
            if (m.status == SuggestionStatus.ACCEPTED || m.status == SuggestionStatus.TRANSFERRED) {
                m.transfer(organ.id().value(), organ.name());
                suggestions.update(m);
                suggestions.timeline(m.id(), now, me.username(), "TRANSFER", organ.name());
            }
        }
        return find(me, id);
    }

    /** The organ answers once; every open suggestion of the group transferred to it gets the answer (§12). */
    @Transactional
    public SuggestionView answer(StaffPrincipal me, SuggestionId id, @Nullable Integer version, @Nullable String text) {
        Suggestion s = checked(me, id, version, SuggestionStep.ANSWER);
        Instant now = clock.instant();
        for (Suggestion m : groupOf(s)) {
            if (m.status == SuggestionStatus.TRANSFERRED && m.organUnitId != null && m.organUnitId == me.unitId().value()) {
                m.answer(text == null ? "" : text, me.unitName(), now);
                suggestions.update(m);
                suggestions.timeline(m.id(), now, me.username(), "ANSWER", m.id().equals(id) ? null : "随组 " + s.trackingCode);
            }
        }
        return find(me, id);
    }

    /**
     * Screens out what is not a suggestion (§10): a personal claim is registered as a 接诉即办 demand in the same
     * transaction (the screener names its category; the proposer's sealed mobile goes with it) and the proposer is told
     * its tracking code; a legal matter gets the channel notice.
     */
    @Transactional
    public SuggestionView screen(StaffPrincipal me, SuggestionId id, @Nullable Integer version, @Nullable Screening outcome,
            @Nullable String note, @Nullable String categoryCode) {
        Suggestion s = checked(me, id, version, SuggestionStep.SCREEN);
        if (outcome == null) {
            throw new InvalidInput("outcome", "suggestion.screening.required");
        }
        String extra = Texts.optional("note", note, 1000);
        Instant now = clock.instant();
        DemandManagement.Submitted demand = null;
        if (outcome == Screening.PERSONAL_CLAIM) {
            if (s.status != SuggestionStatus.REGISTERED && s.status != SuggestionStatus.ACCEPTED) {
                throw new InvalidInput(null, "suggestion.state", s.status);
            }
            // 接诉即办工作条例 §10: a demand holds a contact; without the proposer's mobile there is none to register
            if (s.phoneCipher == null || s.phoneIndex == null || s.phoneMasked == null) {
                throw new InvalidInput("outcome", "suggestion.screening.noContact");
            }
            if (categoryCode == null || categoryCode.isBlank()) {
                throw new InvalidInput("categoryCode", "suggestion.screening.category");
            }
            demand = demands.submitFromSuggestion(me, s.trackingCode, DemandKind.HELP, categoryCode,
                    s.topic + "。" + s.measures, s.regionCode, new SealedValue(s.phoneCipher, s.phoneIndex, s.phoneMasked),
                    s.anonymous ? null : s.proposerMasked);
        }
        String text = switch (outcome) {
            case PERSONAL_CLAIM -> "您反映的是个人诉求，已转12345接诉即办办理（工单编号 " + demand.trackingCode()
                    + "，可凭此编号和手机号后四位查询办理情况）。";
            case LEGAL_CHANNEL -> "您反映的事项依法应当通过诉讼、仲裁、行政复议等法定途径解决，请向人民法院、仲裁机构或复议机关提出。";
        };
        s.screen(outcome, extra.isEmpty() ? text : text + extra);
        suggestions.update(s);
        suggestions.timeline(s.id(), now, me.username(), "SCREEN", outcome.name() + (extra.isEmpty() ? "" : " · " + extra));
        if (demand != null) {
            suggestions.timeline(s.id(), now, me.username(), "DEMAND", demand.trackingCode() + "（#" + demand.id() + "）");
        }
        return find(me, id);
    }

    /** The organ records how the suggestion was used and what it became (§13), with a link to the measure. */
    @Transactional
    public SuggestionView adopt(StaffPrincipal me, SuggestionId id, @Nullable Integer version, @Nullable Adoption how,
            @Nullable AdoptionResult result, @Nullable String link) {
        Suggestion s = checked(me, id, version, SuggestionStep.ADOPT);
        if (how == null) {
            throw new InvalidInput("adoption", "suggestion.adoption.required");
        }
        String l = Texts.optional("link", link, 500);
        if (!l.isEmpty() && !l.matches("https?://[^\\s<>\"]+")) {
            throw new InvalidInput("link", "suggestion.adoption.link");
        }
        Instant now = clock.instant();
        for (Suggestion m : allOfGroup(s)) {
            if (m.status == SuggestionStatus.ANSWERED && m.adoption == null && m.organUnitId != null && m.organUnitId == me.unitId().value()) {
                m.adopt(how, result, l.isEmpty() ? null : l, now);
                suggestions.update(m);
                suggestions.timeline(m.id(), now, me.username(), "ADOPT", how.name() + (result == null ? "" : " · " + result.name()));
            }
        }
        return find(me, id);
    }

    /**
     * Groups every open suggestion of a campaign afresh (after a change of the threshold, or for a campaign loaded in
     * bulk): one pass over the stored words, leads first by receipt. Returns how many groups of two or more there are.
     */
    @Transactional
    public int regroup(StaffPrincipal me, CampaignId campaignId) {
        Campaign c = campaigns.find(campaignId).filter(x -> permissions.campaignVisible(me, x))
                .orElseThrow(() -> new NotFound("campaign", campaignId));
        permissions.require(me, SuggestionStep.MANAGE_CAMPAIGNS);
        List<Worded> open = jdbc.sql("""
                select id, words from suggestion where campaign_id = :c and status not in ('ANSWERED', 'REDIRECTED')
                order by received_at, id
                """).param("c", c.id().value()).query(Rows.of(Worded.class)).list();
        List<Long> ids = open.stream().map(Worded::id).toList();
        List<List<String>> words = open.stream().map(Worded::words).toList();
        int[] lead = grouping.groupAll(words);
        Long[] groupIds = new Long[ids.size()];
        java.util.Set<Integer> leadsWithMembers = new java.util.HashSet<>();
        for (int i = 0; i < lead.length; i++) {
            groupIds[i] = lead[i] == i ? null : ids.get(lead[i]);
            if (lead[i] != i) {
                leadsWithMembers.add(lead[i]);
            }
        }
        jdbc.sql("""
                update suggestion s set group_id = g.group_id, version = s.version + 1
                from unnest(string_to_array(:ids, ',')::bigint[], string_to_array(:groups, ',', '')::bigint[]) as g(id, group_id)
                where s.id = g.id and s.group_id is distinct from g.group_id
                """).param("ids", ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                .param("groups", java.util.Arrays.stream(groupIds).map(g -> g == null ? "" : String.valueOf(g))
                        .collect(java.util.stream.Collectors.joining(",")))
                .update();
        return leadsWithMembers.size();
    }

    /** An open suggestion's words, as regrouping reads them. */
    private record Worded(long id, List<String> words) {
    }

    private List<Suggestion> groupOf(Suggestion s) {
        List<Suggestion> open = suggestions.openGroup(s.group());
        return open.stream().anyMatch(m -> m.id().equals(s.id())) ? open : List.of(s);
    }

    private List<Suggestion> allOfGroup(Suggestion s) {
        return jdbc.sql("select * from suggestion where id = :g or group_id = :g order by id").param("g", s.group().value())
                .query(Rows.of(Suggestion.Row.class)).list().stream().map(Suggestion::new).toList();
    }

    /** The staff list: what the caller's scope holds (a department: what was transferred to it), newest first. */
    @Transactional(readOnly = true)
    public List<InboxRow> inbox(StaffPrincipal me, @Nullable SuggestionStatus status, @Nullable CampaignId campaignId,
            int limit) {
        var scope = me.scope();
        Instant now = clock.instant();
        return jdbc.sql("""
                select s.id, s.tracking_code, s.topic, c.topic as campaign_topic, s.channel, s.status, s.organ_name,
                  s.feedback_due_date, s.feedback_due_at, s.answered_at, coalesce(s.group_id, s.id) as group_id, s.received_at
                from suggestion s left join suggestion_campaign c on c.id = s.campaign_id
                where """ + Suggestions.VISIBLE + """
                  and (:status::text is null or s.status = :status)
                  and (:campaign::bigint is null or s.campaign_id = :campaign)
                order by s.received_at desc, s.id desc
                limit :limit
                """).param("regionLike", scope.regionLike()).param("assignedOnly", scope.assignedOnly())
                .param("unitId", me.unitId().value()).param("status", status == null ? null : status.name())
                .param("campaign", campaignId == null ? null : campaignId.value()).param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Rows.of(Listed.class)).list().stream().map(r -> r.at(now)).toList();
    }

    /** A row of the staff list as read: its feedback deadline's instant tells whether it is overdue. */
    private record Listed(SuggestionId id, String trackingCode, String topic, @Nullable String campaignTopic, Channel channel,
            SuggestionStatus status, @Nullable String organName, @Nullable LocalDate feedbackDueDate,
            @Nullable Instant feedbackDueAt, SuggestionId groupId, Instant receivedAt) {

        InboxRow at(Instant now) {
            return new InboxRow(id, trackingCode, topic, campaignTopic, channel, status, organName, feedbackDueDate,
                    status.open() && feedbackDueAt != null && !now.isBefore(feedbackDueAt), groupId, receivedAt);
        }
    }

    /** The proposer's own view: the tracking code and the last four digits of the mobile; a wrong pair finds nothing. */
    @Transactional(readOnly = true)
    public Optional<PublicSuggestion> track(@Nullable String code, @Nullable String lastFour) {
        if (code == null || lastFour == null || !lastFour.matches("\\d{4}")) {
            return Optional.empty();
        }
        return suggestions.byCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(s -> s.phoneMasked != null && s.phoneMasked.endsWith(lastFour))
                .map(this::publicView);
    }

    /** Adopted and partly adopted suggestions for the public showcase, proposer masked or 匿名 as chosen. */
    @Transactional(readOnly = true)
    public List<PublicSuggestion> showcase(int limit) {
        return jdbc.sql("""
                select * from suggestion where adoption in ('ADOPTED', 'PARTLY') order by adopted_at desc, id desc limit :limit
                """).param("limit", Math.min(Math.max(limit, 1), 200)).query(Rows.of(Suggestion.Row.class)).list().stream()
                .map(Suggestion::new).map(this::publicView)
                // the showcase keeps the tracking code and the individual answer to the proposer
                .map(p -> new PublicSuggestion(p.trackingCode().substring(0, 8) + "******", p.campaignTopic(), p.topic(), p.measures(), p.field(),
                        p.proposer(), p.status(), null, p.answeredAt(), null, null, p.adoption(), p.adoptionResult(),
                        p.adoptionLink(), null, p.receivedAt()))
                .toList();
    }

    PublicSuggestion publicView(Suggestion s) {
        Campaign c = s.campaignId == null ? null : campaigns.find(s.campaignId).orElse(null);
        return new PublicSuggestion(s.trackingCode, c == null ? null : c.topic(), s.topic, s.measures, s.field,
                s.publicName(), s.status, s.answer, s.answeredAt, s.screening, s.screeningNote, s.adoption,
                s.adoptionResult, s.adoptionLink,
                c != null && c.status() == CampaignStatus.FEEDBACK_PUBLISHED ? c.feedback() : null, s.receivedAt);
    }

    private SuggestionView view(StaffPrincipal me, Suggestion s) {
        Campaign c = s.campaignId == null ? null : campaigns.find(s.campaignId).orElse(null);
        Set<SuggestionStep> steps = permissions.allowed(me, s);
        return new SuggestionView(s.id(), s.trackingCode, s.campaignId, c == null ? null : c.topic(), s.channel, s.pointId,
                s.sourceRef, s.topic, s.reasons, s.measures, s.field, s.regionCode,
                s.proposerMasked, s.phoneMasked, s.anonymous, s.status,
                s.organUnitId, s.organName, s.answer, s.answeredAt, s.feedbackDueDate, s.feedbackRule, s.feedbackRuleEn,
                s.overdueAt(clock.instant()), s.group(), suggestions.groupSize(s.group()), s.screening, s.screeningNote,
                s.adoption, s.adoptionResult, s.adoptionLink, s.receivedAt, s.version, steps, suggestions.timeline(s.id()));
    }
}
