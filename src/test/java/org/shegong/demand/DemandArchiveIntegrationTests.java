package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemandArchiveIntegrationTests {

    /** Before every other test's demands (they are received now or days ago): the cut-off only this test reaches. */
    static final Instant CUT_OFF = Instant.parse("2017-12-31T16:00:00Z"); // 2018-01-01 00:00 Beijing time

    @Autowired
    DemandArchive archive;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** Upper case: the citizen's code is matched upper-cased. */
    final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

    @Test
    void finishedDemandsOfAYearBeyondRetentionMoveWithTheirRowsAndStayReadable() {
        long closed = demand("A1", "CLOSED", "2016-05-01T08:00:00Z");
        order(closed, "REPLIED");
        timeline(closed, 0, "SUBMIT");
        timeline(closed, 1, "DISPATCH");
        jdbc.sql("""
                insert into demand_text (demand_id, category_code, area_code, received_at, tokens)
                values (:id, 'CJ-01', '510107005001', '2016-05-01T08:00:00Z', array['噪声'])
                """).param("id", closed).update();
        jdbc.sql("insert into demand_callback (demand_id, round, status, version) values (:id, 1, 'DONE', 0)").param("id", closed).update();
        jdbc.sql("insert into demand_callback_attempt (demand_id, round, seq, at, attempted_by) values (:id, 1, 1, now(), 'agent')")
                .param("id", closed).update();
        jdbc.sql("insert into insight_demand (demand_id, region_code, category_code, month, received_at) values (:id, '510107005001', 'CJ-01', '2016-05-01', '2016-05-01T08:00:00Z')")
                .param("id", closed).update();
        // a merged pair, both old and finished: they move together
        long parent = demand("P1", "CLOSED", "2016-06-01T08:00:00Z");
        long child = demand("C1", "MERGED", "2016-06-02T08:00:00Z");
        merge(child, parent);
        // an old finished demand merged into one still open: held back, so no hot row points into the archive
        long heldParent = demand("H1", "ACCEPTED", "2016-07-01T08:00:00Z");
        long heldChild = demand("H2", "MERGED", "2016-07-02T08:00:00Z");
        merge(heldChild, heldParent);
        // not finished, or inside the years kept: stay
        long open = demand("O1", "ACCEPTED", "2016-08-01T08:00:00Z");
        long recent = demand("R1", "CLOSED", "2018-02-01T08:00:00Z");
        // a lesson of its own moves with its demand; a lesson tying an old demand to a hot one holds the old one back
        jdbc.sql("insert into demand_lesson (demand_id, label, source) values (:id, 'CJ-01', 'INTAKE')").param("id", closed).update();
        long taught = demand("L1", "CLOSED", "2016-09-01T08:00:00Z");
        jdbc.sql("insert into demand_lesson (demand_id, label, source, other_id) values (:id, 'CJ-01', 'MERGE_CONFIRMED', :other)")
                .param("id", taught).param("other", recent).update();

        assertThat(archive.archiveBefore(CUT_OFF)).isGreaterThanOrEqualTo(3);

        assertThat(hot("demand", "id", closed, parent, child)).isZero();
        assertThat(hot("demand_work_order", "demand_id", closed)).isZero();
        assertThat(hot("demand_timeline", "demand_id", closed)).isZero();
        assertThat(hot("demand_text", "demand_id", closed)).isZero();
        assertThat(hot("demand_callback_attempt", "demand_id", closed)).isZero();
        assertThat(hot("demand_merge", "child_id", child)).isZero();
        assertThat(archived("demand", "id", closed, parent, child)).isEqualTo(3);
        assertThat(archived("demand_work_order", "demand_id", closed)).isEqualTo(1);
        assertThat(archived("demand_timeline", "demand_id", closed)).isEqualTo(2);
        assertThat(archived("demand_callback", "demand_id", closed)).isEqualTo(1);
        assertThat(archived("demand_callback_attempt", "demand_id", closed)).isEqualTo(1);
        assertThat(archived("demand_merge", "child_id", child)).isEqualTo(1);
        assertThat(hot("demand", "id", heldParent, heldChild, open, recent, taught)).isEqualTo(5);
        assertThat(hot("demand_merge", "child_id", heldChild)).isEqualTo(1);
        assertThat(archived("demand_lesson", "demand_id", closed)).isEqualTo(1);
        assertThat(hot("demand_lesson", "demand_id", taught)).isEqualTo(1);
        // the read model keeps the year's figures
        assertThat(hot("insight_demand", "demand_id", closed)).isEqualTo(1);

        var found = archive.find("Z" + tag + "A1").orElseThrow();
        assertThat(found.id()).isEqualTo(closed);
        assertThat(found.status()).isEqualTo("CLOSED");
        assertThat(found.matter()).isEqualTo("归档测试A1");
        assertThat(found.timeline()).extracting(DemandArchive.TimelineEntry::action).containsExactly("SUBMIT", "DISPATCH");
        assertThat(archive.find("Z" + tag + "O1")).isEmpty();

        // run again: nothing more of this test's rows moves, nothing is archived twice
        archive.archiveBefore(CUT_OFF);
        assertThat(archived("demand", "id", closed, parent, child)).isEqualTo(3);
        assertThat(archived("demand_timeline", "demand_id", closed)).isEqualTo(2);
        assertThat(hot("demand", "id", heldParent, heldChild, open, recent)).isEqualTo(4);

        // outside the archive job the timeline is still append-only
        timeline(recent, 0, "SUBMIT");
        assertThatThrownBy(() -> jdbc.sql("delete from demand_timeline where demand_id = :id").param("id", recent).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aCitizenTracksAnArchivedDemandOnThePageAndTheApiWithTheSameDigitsAndSeesItsReply() throws Exception {
        long closed = demand("T1", "CLOSED", "2016-03-01T08:00:00Z");
        order(closed, "REPLIED");
        replied(closed, "已更换小区路灯，恢复照明");
        timeline(closed, 0, "SUBMIT");
        timeline(closed, 1, "DISPATCH");
        timeline(closed, 2, "REPLY");
        timeline(closed, 3, "CLOSE");
        // a merged repeat, archived with the demand it follows: shows that demand's reply, never its code
        long parent = demand("T2", "CLOSED", "2016-04-01T08:00:00Z");
        order(parent, "REPLIED");
        replied(parent, "已清理占道摊位");
        timeline(parent, 0, "SUBMIT");
        long child = demand("T3", "MERGED", "2016-04-02T08:00:00Z");
        timeline(child, 0, "SUBMIT");
        merge(child, parent);
        long hot = demand("T4", "CLOSED", "2018-03-01T08:00:00Z");
        order(hot, "REPLIED");
        replied(hot, "仍在热表");

        archive.archiveBefore(CUT_OFF);
        assertThat(hot("demand", "id", closed, parent, child)).isZero();

        mvc.perform(get("/api/v1/public/demands/track").param("code", "Z" + tag + "T1").param("lastFour", "0000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.reply").value("已更换小区路灯，恢复照明"))
                .andExpect(jsonPath("$.receivedAt").value("2016-03-01T08:00:00Z"))
                .andExpect(jsonPath("$.archived").value(true))
                .andExpect(jsonPath("$.steps[*].action").value(org.hamcrest.Matchers.contains("SUBMIT", "DISPATCH", "REPLY", "CLOSE")))
                // what the citizen never sees, archived or not
                .andExpect(jsonPath("$.matter").doesNotExist()).andExpect(jsonPath("$.phoneMasked").doesNotExist());
        // the code is matched as the citizen may type it
        mvc.perform(get("/api/v1/public/demands/track").param("code", " z" + tag.toLowerCase(Locale.ROOT) + "t1 ")
                .param("lastFour", "0000")).andExpect(status().isOk()).andExpect(jsonPath("$.archived").value(true));
        mvc.perform(get("/api/v1/public/demands/track").param("code", "Z" + tag + "T3").param("lastFour", "0000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.reply").value("已清理占道摊位")).andExpect(jsonPath("$.trackingCode").value("Z" + tag + "T3"))
                .andExpect(jsonPath("$.archived").value(true));
        mvc.perform(get("/api/v1/public/demands/track").param("code", "Z" + tag + "T4").param("lastFour", "0000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reply").value("仍在热表"))
                .andExpect(jsonPath("$.archived").value(false));

        String page = mvc.perform(get("/public/track").param("code", "Z" + tag + "T1").param("lastFour", "0000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"track-result\"", "已办结", "已更换小区路灯，恢复照明", "该诉求已办结归档")
                .doesNotContain("id=\"track-none\"", "归档测试T1");
        String hotPage = mvc.perform(get("/public/track").param("code", "Z" + tag + "T4").param("lastFour", "0000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(hotPage).contains("仍在热表").doesNotContain("该诉求已办结归档");

        // wrong digits and an unknown code answer alike, on the API and on the page
        String wrongDigits = mvc.perform(get("/api/v1/public/demands/track").param("code", "Z" + tag + "T1").param("lastFour", "1111"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unknown = mvc.perform(get("/api/v1/public/demands/track").param("code", "Z" + tag + "T9").param("lastFour", "0000"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrongDigits).isEqualTo(unknown);
        for (String[] q : new String[][] {{"Z" + tag + "T9", "0000"}, {"Z" + tag + "T1", "1111"}}) {
            String none = mvc.perform(get("/public/track").param("code", q[0]).param("lastFour", q[1]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(none).contains("id=\"track-none\"").doesNotContain("id=\"track-result\"", "已更换小区路灯");
        }
    }

    @Test
    void theCutOffIsTheFirstOfJanuaryOfTheOldestYearKept() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        // default keep-years 3: this year and the two before it stay hot
        assertThat(archive.cutOff()).contains(java.time.LocalDate.of(year - 2, 1, 1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private long demand(String code, String status, String received) {
        return jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                values (:code, 'HELP', 'ORDINARY', 'HOTLINE', '510107005001', 'CJ-01', :matter, '\\x00'::bytea, md5(:code), '138****0000',
                  :status, :received::timestamptz, :received::timestamptz + interval '1 day', 1)
                returning id
                """).param("code", "Z" + tag + code).param("matter", "归档测试" + code).param("status", status)
                .param("received", received).query(Long.class).single();
    }

    private void order(long id, String status) {
        jdbc.sql("""
                insert into demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by,
                  reply_by, return_by)
                select id, 0, 1, 'LEAD', false, :status, received_at, received_at, received_at, received_at from demand where id = :id
                """).param("id", id).param("status", status).update();
    }

    private void replied(long id, String reply) {
        jdbc.sql("update demand_work_order set reply = :reply, replied_at = now() where demand_id = :id")
                .param("id", id).param("reply", reply).update();
    }

    private void timeline(long id, int seq, String action) {
        jdbc.sql("insert into demand_timeline (demand_id, seq, at, actor, action) values (:id, :seq, now(), 'test', :action)")
                .param("id", id).param("seq", seq).param("action", action).update();
    }

    private void merge(long child, long parent) {
        jdbc.sql("insert into demand_merge (child_id, parent_id, similarity, merged_by, merged_at) values (:c, :p, 0.9, 'test', now())")
                .param("c", child).param("p", parent).update();
    }

    private long hot(String table, String column, long... ids) {
        return count("public." + table, column, ids);
    }

    private long archived(String table, String column, long... ids) {
        return count("demand_archive." + table, column, ids);
    }

    private long count(String table, String column, long... ids) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = any(:ids)")
                .param("ids", java.util.Arrays.stream(ids).boxed().toArray(Long[]::new)).query(Long.class).single();
    }
}
