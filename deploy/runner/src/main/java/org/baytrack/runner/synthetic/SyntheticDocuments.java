package org.baytrack.runner.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic synthetic news items for the bench. Each one names one project and moves its forecast opening one day
 * later than the previous document for that project did, with a publication date one day after the previous one:
 * the tracker answers each with exactly one {@code forecast_slipped} for that project (the first document of a
 * project that has no forecast yet gives a {@code milestone} instead, which is why the bench primes every project
 * with its document 0 before measuring). Phrasings, scripts (Simplified / Traditional / English), filler
 * sentences and page-chrome noise vary, so no two documents look like reprints of one story.
 */
public final class SyntheticDocuments {
    /** A project the bench moves: its id, its names, and where its sequence starts. */
    public record BenchProject(String id, String name, String nameHant, String nameEn,
                               LocalDate firstPublished, LocalDate firstForecast) {
    }

    /** One generated document: the k-th for its project. {@code key} identifies the alert it should cause. */
    public record SyntheticDocument(int seq, BenchProject project, int k, LocalDate published, LocalDate forecast,
                                    String script, String title, String source, String url, String text) {
        /** {@code <project id>|<forecast ISO date>}: how an alert (data.projectId, data.current.forecastOpening) finds its document. */
        public String key() {
            return alertKey(project.id(), forecast.toString());
        }
    }

    public static String alertKey(String projectId, String forecastOpening) {
        return projectId + "|" + forecastOpening;
    }

    private static final String[] SOURCES = {"南方日报", "羊城晚报", "深圳特区报", "珠海特区报", "江门日报", "香港商报",
            "明報", "大公報", "澳门日报", "广州日报", "南方+", "中山日报", "新华社", "人民网", "South China Morning Post"};

    /** Forecast sentences; %1$s is the project's name, %2$d year, %3$d month, %4$d day. Checked by SyntheticDocumentsTest. */
    private static final String[] HANS = {
            "%1$s项目预计%2$d年%3$d月%4$d日建成通车。",
            "据悉，%1$s计划于%2$d年%3$d月%4$d日建成通车。",
            "记者从有关部门获悉，%1$s有望在%2$d年%3$d月%4$d日开通运营。",
            "目前工程进展顺利，%1$s预计%2$d年%3$d月%4$d日全线建成通车。",
            "按照最新计划，%1$s预计将于%2$d年%3$d月%4$d日建成通车，届时两地通行时间将大幅缩短。",
            "建设单位表示，%1$s力争%2$d年%3$d月%4$d日建成通车。",
    };
    private static final String[] HANT = {
            "%1$s項目預計%2$d年%3$d月%4$d日建成通車。",
            "據悉，%1$s計劃於%2$d年%3$d月%4$d日建成通車。",
            "記者從有關部門獲悉，%1$s有望在%2$d年%3$d月%4$d日開通運營。",
    };
    private static final String[] EN = {
            "The %1$s is expected to open to traffic on %5$s.",
            "Officials said the %1$s is scheduled to open on %5$s.",
    };
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private static final String[] FILLER_HANS = {
            "今年以来，全市固定资产投资同比增长%d.%d%%，其中基础设施投资增速较快。",
            "当天上午，市民代表和媒体记者一行%d人参观了施工现场。",
            "项目总投资约%d亿元，全长约%d公里，设计时速%d公里。",
            "施工方共投入管理人员和作业工人%d余人、大型机械设备%d台套。",
            "业内人士认为，区域交通网络的完善将进一步促进人员和货物往来。",
            "据统计，该市%m月份接待游客%d万人次，旅游收入%d亿元。",
            "相关负责人介绍，沿线各地正加快推进征地拆迁和配套道路建设。",
            "会议强调，要压实安全生产责任，确保工程质量和施工安全。",
            "气象部门提醒，未来三天将有一次明显降雨过程，请市民注意出行安全。",
            "截至目前，累计完成投资%d亿元，占总投资的%d%%。",
            "当地还将同步建设%d个公交换乘站和%d个停车场。",
            "该工程采用了多项新技术、新工艺，其中%d项获得国家专利。",
            "环保部门对施工区域开展了%d次专项检查，未发现违规排放。",
            "专家表示，大湾区互联互通水平将持续提升，城市群协同发展效应不断显现。",
            "附近居民表示，期待早日享受交通便利，出行将节省约%d分钟。",
            "据介绍，项目沿线设置服务区%d处、互通立交%d座。",
            "下一步，有关方面将进一步优化施工组织，科学安排工序。",
            "该市今年计划实施重点项目%d个，年度计划投资%d亿元。",
            "夜间施工期间，工地周边道路将实行临时交通管制。",
            "第%d届建设者技能竞赛日前在工地举行，%d支队伍参赛。",
            "%m月以来，全市新增城镇就业%d万人，城镇登记失业率保持在%d.%d%%以内。",
            "港口集装箱吞吐量完成%d万标箱，外贸进出口总额%d亿元。",
            "本次活动吸引了来自粤港澳三地的%d家企业参展，现场签约金额%d亿元。",
            "据悉，当地已累计种植绿化苗木%d万株，新增绿地%d公顷。",
            "该区域常住人口约%d万人，日均跨市通勤人数超过%d万人次。",
            "市交通运输局有关负责人介绍，全市公交线路已优化调整%d条。",
            "近期，%s等%d名技术骨干获评年度优秀建设者称号。",
            "跨境货运车辆日均通关量约%d辆次，同比增长%d%%。",
            "该市今年前%m个月地区生产总值%d亿元，同比增长%d.%d%%。",
            "周边商圈客流量明显回升，%d家商户陆续恢复营业。",
            "有关部门将于近期组织开展%d场专题宣讲，听取市民意见建议。",
            "据了解，施工单位已完成钢材、水泥等主要材料储备%d万吨。",
    };
    /** The Simplified filler in Traditional script (ICU's Hans-Hant), for Hong Kong and Macao style documents. */
    private static final String[] FILLER_HANT = toTraditional(FILLER_HANS);
    private static final String[] FILLER_EN = {
            "The city's fixed-asset investment grew %d.%d%% year on year.",
            "About %d workers and %d machines are on site.",
            "Residents said they expected to save about %d minutes per trip.",
            "Analysts said better links would speed up the flow of people and goods across the region.",
            "The project has a total investment of about %d billion yuan.",
            "Safety inspectors visited the site %d times this year.",
            "Cross-border freight traffic averaged %d trucks a day, up %d%% from a year earlier.",
            "The port handled %d thousand containers in the first %m months.",
            "Some %d companies from Guangdong, Hong Kong and Macao took part in the trade fair.",
            "Local officials planted %d thousand trees along the new roads.",
            "Around %d thousand people commute between the two cities every day.",
            "The transport bureau has adjusted %d bus routes to serve the new stations.",
            "Retail footfall in nearby districts rose %d%% last month.",
            "Night work will close some nearby roads for %d weeks.",
            "Engineers said %d patents had been filed for the construction methods.",
            "The district reported GDP growth of %d.%d%% in the first %m months.",
            "Hearings on the plan drew %d comments from residents.",
            "Builders have stockpiled %d thousand tonnes of steel and cement.",
    };
    private static final String[] NOISE = {
            "分享到：微信 微博 QQ空间", "【打印】【关闭】", "责任编辑：%s", "来源：%s", "扫一扫在手机打开当前页",
            "相关新闻：", "（记者 %s 通讯员 %s）", "Copyright © 2026 版权所有", "点击进入专题>>", "原标题：%s",
            "广告 | 联系我们 | 网站地图", "【字体：大 中 小】", "编辑：%s 校对：%s", "阅读量：%d",
    };
    private static final java.util.Set<String> RELATED = java.util.Set.of("相关新闻：", "相關新聞：", "Related stories");
    private static final String[] NOISE_HANT = {"分享到：微信 微博 Facebook", "責任編輯：%s", "【列印】【關閉】", "相關新聞："};
    private static final String[] NOISE_EN = {"Share: Facebook Twitter", "Editor: %s", "Related stories", "Advertisement"};
    private static final String[] PEOPLE = {"李明", "王芳", "陈晓东", "黄志强", "林海", "张丽", "何佳", "周伟", "吴敏", "郑浩"};
    private static final String[] TITLE_HANS = {"%s建设迎来新进展", "%s最新进度公布", "记者探访%s施工现场",
            "%s：预计通车时间确定", "大湾区交通再提速 %s传来好消息", "%s建设跑出加速度"};
    private static final String[] TITLE_HANT = {"%s建設迎來新進展", "%s最新進度公佈", "記者探訪%s施工現場"};
    private static final String[] TITLE_EN = {"%s opening date set", "Progress on %s", "Inside the %s site"};

    private final List<BenchProject> projects;
    private final long seed;

    public SyntheticDocuments(List<BenchProject> projects, long seed) {
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("no projects to write about");
        }
        this.projects = List.copyOf(projects);
        this.seed = seed;
    }

    public List<BenchProject> projects() {
        return projects;
    }

    /** Documents 0 .. count-1 of each project: index k of project p is published firstPublished+k, forecast firstForecast+k. */
    public SyntheticDocument priming(BenchProject project) {
        return document(-1 - projects.indexOf(project), project, 0);
    }

    /**
     * The measured documents, round-robin over the projects so that two documents of one project are as far apart
     * in the stream as possible (the tracker orders one project's forecasts by publication date; a later one that
     * overtakes an earlier one in the pipeline makes the earlier one history only). They start at k = 1: k = 0 is
     * the priming document.
     */
    public List<SyntheticDocument> measured(int count) {
        List<SyntheticDocument> docs = new ArrayList<>(count);
        for (int seq = 0; seq < count; seq++) {
            BenchProject p = projects.get(seq % projects.size());
            docs.add(document(seq, p, 1 + seq / projects.size()));
        }
        return docs;
    }

    /** The k-th document of a project (deterministic for a seed). */
    public SyntheticDocument document(int seq, BenchProject p, int k) {
        // The id's hash is spread by an odd 64-bit constant: ids one character apart (bench-…-1, bench-…-2) hash one
        // apart, and with a small multiplier project 2's k-th document drew the same words as project 1's (k+31)-th.
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + p.id().hashCode() * 0x9E3779B97F4A7C15L + k);
        LocalDate published = p.firstPublished().plusDays(k);
        LocalDate forecast = p.firstForecast().plusDays(k);
        int pick = r.nextInt(10);
        // Mostly Simplified, some Traditional, a few English (only for projects with an English name).
        String script = pick < 6 || (pick == 9 && p.nameEn() == null) ? "hans"
                : pick < 9 ? (p.nameHant() != null ? "hant" : "hans") : "en";
        String name = switch (script) {
            case "hant" -> p.nameHant();
            case "en" -> p.nameEn();
            default -> p.name();
        };
        String[] phrasings = switch (script) {
            case "hant" -> HANT;
            case "en" -> EN;
            default -> HANS;
        };
        String[] filler = switch (script) {
            case "hant" -> FILLER_HANT;
            case "en" -> FILLER_EN;
            default -> FILLER_HANS;
        };
        String[] noise = switch (script) {
            case "hant" -> NOISE_HANT;
            case "en" -> NOISE_EN;
            default -> NOISE;
        };
        String[] titles = switch (script) {
            case "hant" -> TITLE_HANT;
            case "en" -> TITLE_EN;
            default -> TITLE_HANS;
        };
        String english = MONTHS_EN[forecast.getMonthValue() - 1] + " " + forecast.getDayOfMonth() + ", " + forecast.getYear();
        String claim = String.format(phrasings[r.nextInt(phrasings.length)], name, forecast.getYear(),
                forecast.getMonthValue(), forecast.getDayOfMonth(), english);
        String title = String.format(titles[r.nextInt(titles.length)], name);

        StringBuilder text = new StringBuilder();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            String line = noise[r.nextInt(noise.length)];
            // A "related news" header makes the cleaner drop what follows as a link list: only at the end.
            if (!RELATED.contains(line)) {
                text.append(fill(line, r)).append('\n');
            }
        }
        text.append(title).append('\n');
        List<String> body = new ArrayList<>();
        List<String> pool = new ArrayList<>(List.of(filler));
        for (int i = 0, n = Math.min(pool.size(), 4 + r.nextInt(4)); i < n; i++) {
            body.add(fill(pool.remove(r.nextInt(pool.size())), r));
        }
        // The claim goes anywhere but first in the body, never last, between neutral sentences.
        body.add(1 + r.nextInt(body.size() - 1), claim);
        String sep = script.equals("en") ? " " : "";
        for (int i = 0; i < body.size(); i++) {
            text.append(body.get(i));
            // Paragraph breaks now and then; the claim ends its sentence either way.
            text.append(r.nextInt(3) == 0 || body.get(i).equals(claim) ? "\n" : sep);
        }
        text.append('\n');
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            text.append(fill(noise[r.nextInt(noise.length)], r)).append('\n');
        }
        String source = SOURCES[r.nextInt(SOURCES.length)];
        String url = "https://news.example.org/bench/" + p.id() + "/" + published + "-" + Long.toHexString(r.nextLong() >>> 16);
        return new SyntheticDocument(seq, p, k, published, forecast, script, title, source, url, text.toString());
    }

    private static String[] toTraditional(String[] simplified) {
        com.ibm.icu.text.Transliterator t = com.ibm.icu.text.Transliterator.getInstance("Hans-Hant");
        String[] out = new String[simplified.length];
        for (int i = 0; i < simplified.length; i++) {
            out[i] = t.transliterate(simplified[i]);
        }
        return out;
    }

    private static String fill(String pattern, SplittableRandom r) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length()) {
                char f = pattern.charAt(++i);
                switch (f) {
                    case 'd' -> out.append(2 + r.nextInt(998));
                    case 'm' -> out.append(1 + r.nextInt(12));
                    case 's' -> out.append(PEOPLE[r.nextInt(PEOPLE.length)]);
                    case '%' -> out.append('%');
                    default -> out.append(c).append(f);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
