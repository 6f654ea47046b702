package org.shegong.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shegong.demand.MergeManagement;
import org.shegong.demand.Repeat;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for issue 4 at province scale: 1,000,000 demands over the last 12 months, skewed
 * towards busy villages (a cube law: the busiest 1 % of villages get about a fifth of the demands), with their
 * insight rows (work orders of 2,000 units, 10 % co-handled; 85 % called back; 2 % merged; 1,000 approved
 * appeals) and their segmented words. Measures the province / city / county ranking for a month, the
 * duplicate check at intake (real Chinese text segmented by smartcn, then candidates by index, then
 * similarity), and the hotspot computation for a month. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.insight.InsightBenchmark -Dexec.classpathScope=test}
 */
public final class InsightBenchmark {

    private static final int HISTORY = Integer.getInteger("history", 1_000_000);
    private static final int UNITS = 2000;

    // words a hotline record is made of, by field; generated texts draw 8 of them
    private static final String[] WORDS = ("噪声 油烟 烧烤 夜间 施工 广场舞 音响 酒吧 装修 扰民 垃圾 清运 堆放 异味 污水 下水道 堵塞 "
            + "路灯 不亮 井盖 缺失 路面 破损 积水 占道 经营 摊贩 停车 乱停 共享单车 电梯 故障 物业 收费 维修 漏水 墙体 开裂 "
            + "租房 押金 中介 欠薪 工资 拖欠 劳动 合同 社保 缴纳 医保 报销 养老 助餐 低保 救助 残疾人 补贴 入学 学位 培训 "
            + "退费 公交 线路 班次 出租车 拒载 红绿灯 斑马线 消防 通道 堵塞 电动车 充电 飞线 燃气 泄漏 停水 停电 供暖 "
            + "食品 过期 价格 欺诈 退款 商家 投诉 树木 倒伏 绿化 修剪 宠物 犬只 扰民 违建 搭建 拆除 渣土车 扬尘 河道 "
            + "黑臭 农村 道路 硬化 宅基地 补偿 疫苗 接种 门诊 挂号 社区 网格 小区 门口 楼下 对面 学校 医院 菜市场").split(" ");

    // the call-back outcome as insight_callback holds it, copied onto the work orders as the projection does
    private static final String CALLBACK = """
            case when id % 100 < 85 then id % 20 <> 0 end, case when id % 100 < 85 then id % 7 <> 0 end,
            case when id % 100 >= 85 then null when id % 10 < 6 then 'SATISFIED' when id % 10 < 8 then 'BASICALLY_SATISFIED'
                 else 'DISSATISFIED' end""";

    private static final String[] CATEGORIES = { "CJ-01", "CJ-02", "HJ-01", "HJ-02", "ZF-01", "SC-01", "JT-03", "ZA-01",
            "MZ-01", "LD-01", "SB-02", "NY-01" };

    public static void main(String[] args) throws Exception {
        org.shegong.Benchmarks.run(InsightBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long t0 = System.nanoTime();
        // villages ordered by a hash so the busy ones are spread over the province
        jdbc.sql("""
                create temporary table bench_village as
                select row_number() over (order by md5(code)) as n, code from region_division where level = 'VILLAGE'
                """).update();
        jdbc.sql("create unique index on bench_village (n)").update();
        long villages = jdbc.sql("select count(*) from bench_village").query(Long.class).single();
        jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                select 'B' || lpad(i::text, 13, '0'), 'COMPLAINT', 'ORDINARY', 'HOTLINE', v.code, (string_to_array(:categories, ','))[1 + i % 12],
                       '历史诉求第' || i || '号', '\\x00'::bytea, md5(i::text), '138****0000', 'CLOSED',
                       now() - make_interval(secs => (i::bigint * 31536) % 31536000), now(), 1
                from generate_series(1, :n) i
                join bench_village v on v.n = 1 + floor(:villages * power(((i::bigint * 2654435761) % 1000003) / 1000003.0, 3))::bigint
                """).param("categories", String.join(",", CATEGORIES)).param("n", HISTORY).param("villages", villages).update();
        System.out.printf("demands: %,d over %,d villages in %.1f s%n", HISTORY, villages, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        jdbc.sql("""
                insert into demand_text (demand_id, category_code, area_code, received_at, tokens)
                select d.id, d.category_code, d.region_code, d.received_at,
                       array(select w.words[1 + ((d.id * k * 7919 + k) % :nwords)::int] from generate_series(1, 8) k)
                from demand d, (select string_to_array(:words, ' ') as words) w
                """).param("words", String.join(" ", WORDS)).param("nwords", WORDS.length).update();
        jdbc.sql("""
                insert into insight_unit (unit_id, name, kind, region_code)
                select 100000 + i, '单位' || i, case when i % 5 = 0 then 'FUNCTIONAL_DEPARTMENT' else 'TOWNSHIP_OFFICE' end,
                       t.codes[1 + (i * 7) % array_length(t.codes, 1)]
                from generate_series(0, :units - 1) i,
                     (select array_agg(code order by code) as codes from region_division where level = 'TOWNSHIP') t
                """).param("units", UNITS).update();
        jdbc.sql("""
                insert into insight_demand (demand_id, region_code, category_code, month, received_at)
                select id, region_code, category_code, date_trunc('month', received_at at time zone 'Asia/Shanghai')::date, received_at
                from demand
                """).update();
        jdbc.sql("""
                insert into insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at,
                  accepted_at, accepted_on_time, replied_at, replied_on_time, reached, resolved, satisfaction, merged, excluded)
                select id, 100000 + (abs(hashtext(region_code)) % :units), 'LEAD', region_code, category_code,
                       date_trunc('month', received_at at time zone 'Asia/Shanghai')::date, received_at,
                       received_at + interval '1 hour', id % 10 <> 0, received_at + interval '5 days', id % 8 <> 0,
                       {CALLBACK}, id % 50 = 0, id % 1000 = 7
                from demand
                """.replace("{CALLBACK}", CALLBACK)).param("units", UNITS).update();
        jdbc.sql("""
                insert into insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at,
                  accepted_at, accepted_on_time, reached, resolved, satisfaction, merged)
                select id, 100000 + ((id * 31) % :units), 'CO_HANDLER', region_code, category_code,
                       date_trunc('month', received_at at time zone 'Asia/Shanghai')::date, received_at,
                       received_at + interval '2 hours', id % 6 <> 0, {CALLBACK}, id % 50 = 0
                from demand where id % 10 = 3 and 100000 + ((id * 31) % :units) <> 100000 + (abs(hashtext(region_code)) % :units)
                """.replace("{CALLBACK}", CALLBACK)).param("units", UNITS).update();
        jdbc.sql("""
                insert into insight_callback (demand_id, round, reached, resolved, satisfaction, at)
                select id, 1, id % 20 <> 0, id % 7 <> 0,
                       case when id % 10 < 6 then 'SATISFIED' when id % 10 < 8 then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end,
                       received_at + interval '6 days'
                from demand where id % 100 < 85
                """).update();
        jdbc.sql("insert into insight_merged (demand_id, parent_id, at) select id, id - 1, received_at from demand where id % 50 = 0")
                .update();
        jdbc.sql("""
                insert into insight_appeal (demand_id, unit_id, month, reason, evidence, status, requested_by, requested_at,
                  decided_by, decided_at, decision_reason)
                select o.demand_id, o.unit_id, o.month, '超出职责', '清单', 'APPROVED', 'bench', now(), 'bench', now(), '同意'
                from insight_order o where o.demand_id % 1000 = 7 and o.role = 'LEAD'
                """).update();
        jdbc.sql("analyze").update();
        long orders = jdbc.sql("select count(*) from insight_order").query(Long.class).single();
        System.out.printf("insight rows: %,d work orders, %,d call-backs, text of %,d demands, in %.1f s%n", orders,
                jdbc.sql("select count(*) from insight_callback").query(Long.class).single(), HISTORY,
                (System.nanoTime() - t1) / 1e9);

        Rankings rankings = ctx.getBean(Rankings.class);
        YearMonth month = YearMonth.now().minusMonths(1);
        long monthOrders = jdbc.sql("select count(*) from insight_order where month = :m")
                .param("m", java.sql.Date.valueOf(month.atDay(1))).query(Long.class).single();
        for (Object[] scope : new Object[][] { { "province", Scope.PROVINCE }, { "city 成都", Scope.of(RegionCode.of("510100000000")) },
                { "county 武侯", Scope.of(RegionCode.of("510107000000")) } }) {
            List<Long> times = new ArrayList<>();
            int units = 0;
            for (int i = 0; i < 13; i++) {
                long s = System.nanoTime();
                units = rankings.monthly((Scope) scope[1], month).units().size();
                if (i >= 3) {
                    times.add(System.nanoTime() - s);
                }
            }
            System.out.printf("ranking %s %s (%,d work orders in the month, %,d units): p50 %.0f ms, max %.0f ms%n", scope[0],
                    month, monthOrders, units, pct(times, 50), pct(times, 100));
        }

        MergeManagement merges = ctx.getBean(MergeManagement.class);
        Random random = new Random(42);
        String[] texts = { "玉林北路烧烤店油烟扰民，晚上熏得不能开窗", "小区门口路灯不亮已经一周，晚上出行不安全",
                "楼下装修噪声从早上七点开始，周末也不停", "共享单车乱停放堵住小区门口和消防通道", "菜市场门口占道经营，摊贩很多交通堵塞",
                "物业收费上涨没有公示，电梯故障一直不修", "工地渣土车扬尘严重，路面全是泥", "公司拖欠工资三个月，劳动合同也没签" };
        List<Long> checks = new ArrayList<>();
        long found = 0;
        long withCandidates = 0;
        for (int i = 0; i < 2200; i++) {
            long n = 1 + (long) Math.floor(villages * Math.pow(random.nextDouble(), 3));
            String village = jdbc.sql("select code from bench_village where n = :n").param("n", n).query(String.class).single();
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String text = texts[random.nextInt(texts.length)];
            long s = System.nanoTime();
            List<Repeat> r = merges.check(Scope.PROVINCE, category, village, null, null, text);
            long took = System.nanoTime() - s;
            if (i >= 200) {
                checks.add(took);
                found += r.size();
                withCandidates += r.isEmpty() ? 0 : 1;
            }
        }
        long busiest = jdbc.sql("""
                select max(n) from (select count(*) as n from demand_text where received_at > now() - interval '30 days'
                group by category_code, area_code) x""").query(Long.class).single();
        System.out.printf("duplicate check at intake (segment + candidates by category/village/±30 days + similarity), %,d checks: "
                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %,d suggestions, %,d checks with any; busiest "
                + "category×village holds %,d demands in the last 30 days%n", checks.size(), pct(checks, 50), pct(checks, 95),
                pct(checks, 99), pct(checks, 100), found, withCandidates, busiest);

        Hotspots hotspots = ctx.getBean(Hotspots.class);
        List<Long> hot = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long s = System.nanoTime();
            hotspots.hotspots(Scope.PROVINCE, month, null, 50);
            hotspots.hotspots(Scope.PROVINCE, month, org.shegong.region.RegionLevel.TOWNSHIP, 200);
            hotspots.hotGrids(Scope.PROVINCE, month, 20);
            hotspots.candidates(Scope.PROVINCE, month);
            if (i >= 1) {
                hot.add(System.nanoTime() - s);
            }
        }
        System.out.printf("hotspots for %s, province (by city, by township, hot grids, problem-of-the-month candidates): "
                + "p50 %.0f ms, max %.0f ms%n", month, pct(hot, 50), pct(hot, 100));
    }

    private static double pct(List<Long> nanos, int p) {
        return org.shegong.Benchmarks.percentile(nanos, p);
    }
}
