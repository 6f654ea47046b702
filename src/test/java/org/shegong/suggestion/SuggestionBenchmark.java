package org.shegong.suggestion;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.shegong.Benchmarks;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.AccountId;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitKind;
import org.shegong.region.RegionCode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for 人民建议征集: a campaign with 100,000 suggestions written from 9,600 distinct proposals
 * (place × matter × measure wording, drawn with repeats), segmented by the {@code text} module at intake; then
 * grouping all of them at once ({@link SuggestionManagement#regroup}: read the stored words, group, write the group
 * ids) and the competent organ's inbox first page. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.suggestion.SuggestionBenchmark -Dexec.classpathScope=test}
 */
public final class SuggestionBenchmark {

    private static final int SUGGESTIONS = Integer.getInteger("suggestions", 100_000);
    private static final int ORGANS = 50;

    private static final String[] PLACES = { "玉林社区", "望江路街道", "簇桥街道", "红牌楼街道", "浆洗街", "火车南站", "桂溪街道",
            "石羊场", "华阳街道", "双流机场", "龙泉驿区", "新都区", "温江区", "郫都区", "青白江区", "金牛区", "锦江区", "青羊区",
            "成华区", "天府新区", "高新区", "东部新区", "崇州市", "彭州市", "都江堰市", "邛崃市", "简阳市", "大邑县", "蒲江县",
            "新津区", "金堂县", "西昌市", "绵阳市", "德阳市", "乐山市", "宜宾市", "泸州市", "南充市", "达州市", "自贡市" };
    private static final String[][] MATTERS = {
            { "老旧小区加装电梯", "简化加装电梯审批流程，加大财政补贴力度", "协调低层住户意见，提高电梯补贴标准" },
            { "社区养老助餐", "利用闲置用房开设老年助餐点", "对高龄独居老人给予就餐补贴并送餐上门" },
            { "停车难", "利用周边空地建设立体停车场", "错时开放机关单位停车位给居民使用" },
            { "电动自行车充电", "建设集中充电棚，禁止楼道充电", "在小区增设智能充电桩并定期检查" },
            { "垃圾分类", "增加垃圾分类投放点和督导员", "对分类准确的家庭给予积分奖励" },
            { "夜间公交", "开通连接地铁站的夜间公交", "延长末班车时间并加密班次" },
            { "学校周边交通", "上下学时段增派交警疏导交通", "设置学生专用接送区域和临时停车位" },
            { "公园健身步道", "在公园增设夜间照明健身步道", "增加公共健身器材并安排专人维护" },
            { "噪声扰民", "严格限制夜间施工时间", "在主干道两侧安装隔音屏障" },
            { "婴幼儿托育", "在社区建设普惠托育点", "对双职工家庭托育费用给予补贴" },
            { "菜市场改造", "对老旧菜市场进行标准化改造", "增设平价蔬菜直销摊位" },
            { "无障碍设施", "在地铁站和商场增设无障碍电梯", "规范设置盲道并清理占用" },
            { "社区医疗", "在社区卫生服务中心增加全科医生", "推行家庭医生签约上门服务" },
            { "河道治理", "定期清理河道垃圾和淤泥", "建设沿河生态绿道" },
            { "老年人数字鸿沟", "在政务大厅保留人工服务窗口", "组织志愿者教老年人使用智能手机" },
            { "外卖骑手权益", "建设骑手驿站提供休息和饮水", "规范平台派单时限保障骑手安全" },
            { "物业管理", "建立物业服务质量评价制度", "公开物业费收支明细接受业主监督" },
            { "文化活动场所", "开放学校体育场馆供居民使用", "在社区建设图书阅览室" },
            { "食品安全", "加强校园周边小餐馆检查", "推行明厨亮灶并公开检查结果" },
            { "就业服务", "为高校毕业生提供见习岗位", "举办社区招聘会推送就业信息" },
            { "防汛排涝", "改造易涝点排水管网", "在低洼小区配置抽水设备" },
            { "共享单车停放", "划定共享单车停放区域", "对乱停放车辆及时清运" },
            { "社区矫正帮扶", "为社区矫正对象提供技能培训", "建立心理辅导和就业帮扶机制" },
            { "农村道路", "硬化通村道路并安装路灯", "在急弯处增设警示标志和护栏" } };
    private static final String[] OPENINGS = { "建议", "关于", "希望", "恳请", "" , "呼吁", "提议", "关于推进", "请求", "关于改进" };

    public static void main(String[] args) throws Exception {
        Benchmarks.run(SuggestionBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext ctx) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        StaffPrincipal admin = StaffFixtures.provinceAdmin();
        CampaignManagement campaigns = ctx.getBean(CampaignManagement.class);
        LocalDateTime now = LocalDateTime.now(Deadline.ZONE);
        CampaignId campaign = campaigns.create(admin, new CampaignManagement.NewCampaign("基准测试专项征集", "", "城市建设", null,
                null, now.minusDays(30), now.plusDays(30))).campaign().id();
        List<Long> organs = jdbc.sql("""
                insert into identity_unit (name, kind, region_code)
                select '基准测试承办机关' || i, 'FUNCTIONAL_DEPARTMENT', '510107000000' from generate_series(1, :n) i
                returning id
                """).param("n", ORGANS).query(Long.class).list();

        // distinct proposals, segmented once each as intake would
        long t0 = System.nanoTime();
        List<String[]> proposals = new ArrayList<>();
        Map<Integer, String> words = new HashMap<>();
        for (String place : PLACES) {
            for (String[] m : MATTERS) {
                for (int v = 0; v < OPENINGS.length; v++) {
                    String topic = OPENINGS[v] + place + m[0];
                    String measures = m[1 + v % 2] + (v % 3 == 0 ? "，切实解决群众急难愁盼" : "");
                    words.put(proposals.size(), String.join(" ", RepeatGrouping.words(topic, measures)));
                    proposals.add(new String[] { topic, measures });
                }
            }
        }
        double segmentation = (System.nanoTime() - t0) / 1e9;
        Random random = new Random(42);
        StringBuilder topics = new StringBuilder();
        StringBuilder measures = new StringBuilder();
        StringBuilder wordLists = new StringBuilder();
        StringBuilder organIds = new StringBuilder();
        for (int i = 0; i < SUGGESTIONS; i++) {
            // popular proposals are sent many times: a skewed draw
            int k = (int) Math.min(proposals.size() - 1, Math.abs(random.nextGaussian()) * proposals.size() / 3);
            String sep = i == 0 ? "" : "|";
            topics.append(sep).append(proposals.get(k)[0]);
            measures.append(sep).append(proposals.get(k)[1]);
            wordLists.append(sep).append(words.get(k));
            organIds.append(i == 0 ? "" : ",").append(organs.get(k % ORGANS));
        }
        jdbc.sql("""
                insert into suggestion (tracking_code, campaign_id, channel, topic, reasons, measures, field, region_code,
                  proposer_masked, phone_masked, status, organ_unit_id, organ_name, feedback_due_date, feedback_due_at,
                  words, received_at)
                select 'JYB' || lpad(n::text, 9, '0'), :campaign, 'ONLINE', t, '', m, '城市建设', '510107000000', '张**',
                  '138****0000', 'TRANSFERRED', o, '承办机关', current_date + 30, now() + interval '30 days',
                  string_to_array(w, ' '), now() - make_interval(secs => :count - n)
                from unnest(string_to_array(:topics, '|'), string_to_array(:measures, '|'), string_to_array(:words, '|'),
                            string_to_array(:organs, ',')::bigint[]) with ordinality as x(t, m, w, o, n)
                """).param("campaign", campaign.value()).param("topics", topics.toString()).param("measures", measures.toString())
                .param("words", wordLists.toString()).param("organs", organIds.toString()).param("count", SUGGESTIONS)
                .update();
        jdbc.sql("analyze suggestion").update();
        System.out.printf("generated %,d suggestions from %,d distinct proposals (segmentation %.1f s) in %.1f s%n",
                SUGGESTIONS, proposals.size(), segmentation, (System.nanoTime() - t0) / 1e9);

        SuggestionManagement management = ctx.getBean(SuggestionManagement.class);
        List<Long> runs = new ArrayList<>();
        int groups = 0;
        for (int i = 0; i < 3; i++) {
            jdbc.sql("update suggestion set group_id = null where campaign_id = :c").param("c", campaign.value()).update();
            long s = System.nanoTime();
            groups = management.regroup(admin, campaign);
            runs.add(System.nanoTime() - s);
        }
        long grouped = jdbc.sql("select count(*) from suggestion where campaign_id = :c and group_id is not null")
                .param("c", campaign.value()).query(Long.class).single();
        System.out.printf("grouping all %,d suggestions of the campaign: %d runs, best %.1f s, worst %.1f s; %,d groups, "
                + "%,d suggestions joined a group%n", SUGGESTIONS, runs.size(), Benchmarks.percentile(runs, 0) / 1000,
                Benchmarks.percentile(runs, 100) / 1000, groups, grouped);

        List<Long> inbox = new ArrayList<>();
        List<Long> inboxOffice = new ArrayList<>();
        Random pick = new Random(7);
        for (int i = 0; i < 350; i++) {
            long unit = organs.get(pick.nextInt(ORGANS));
            StaffPrincipal organ = new StaffPrincipal(AccountId.of(2), "bench", "bench", UnitId.of(unit), "承办机关", UnitKind.FUNCTIONAL_DEPARTMENT,
                    RegionCode.of("510107000000"), Set.of(Role.DEPARTMENT_HANDLER), false);
            long s = System.nanoTime();
            management.inbox(organ, null, null, 200);
            long e = System.nanoTime();
            if (i >= 50) {
                inbox.add(e - s);
            }
        }
        for (int i = 0; i < 120; i++) {
            StaffPrincipal office = StaffFixtures.staff(3, "office", 1, "区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT,
                    "510107000000", Role.COUNTY_ADMIN);
            long s = System.nanoTime();
            management.inbox(office, null, null, 200);
            long e = System.nanoTime();
            if (i >= 20) {
                inboxOffice.add(e - s);
            }
        }
        System.out.printf("organ inbox first page (200 rows of ~%,d per organ): p50 %.1f ms, p95 %.1f ms%n",
                SUGGESTIONS / ORGANS, Benchmarks.percentile(inbox, 50), Benchmarks.percentile(inbox, 95));
        System.out.printf("county office list first page (200 rows of %,d in its region): p50 %.1f ms, p95 %.1f ms%n",
                SUGGESTIONS, Benchmarks.percentile(inboxOffice, 50), Benchmarks.percentile(inboxOffice, 95));
    }
}
