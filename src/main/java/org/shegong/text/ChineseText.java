package org.shegong.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Segments Chinese text into words and compares word sets. Thread-safe; the analyzer's dictionaries are
 * loaded once.
 */
public final class ChineseText {

    /**
     * Words every hotline record uses whatever the matter ("市民来电反映…希望相关部门尽快处理"): they would make
     * different matters look alike, so they are dropped with the analyzer's own stop words.
     */
    private static final List<String> FILLER = List.of("市民", "来电", "反映", "反应", "诉求", "希望", "要求", "请求",
            "相关", "部门", "尽快", "处理", "解决", "问题", "情况", "称", "表示", "现在", "目前", "一直", "已经", "没有",
            "我", "我们", "他", "她", "你", "的", "了", "是", "在", "有", "和", "也", "都", "就", "很", "太", "被", "把",
            "请", "帮忙", "协调", "一下", "这个", "那个", "这样", "非常", "严重", "影响", "附近", "小区", "居民");

    private static final Analyzer ANALYZER;

    static {
        CharArraySet stop = CharArraySet.copy(SmartChineseAnalyzer.getDefaultStopSet());
        stop.addAll(FILLER);
        ANALYZER = new SmartChineseAnalyzer(stop);
    }

    private ChineseText() {
    }

    /** The distinct words of {@code text} in order of appearance, without punctuation, filler and single digits. */
    public static List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                if (!w.isBlank() && !(w.length() == 1 && Character.isDigit(w.charAt(0)))) {
                    out.add(w);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /**
     * How alike two word sets are, 0…1: the overlap coefficient on words of two or more characters (single
     * characters count half), so a short repeat of a longer report still scores high, and a shared place name
     * alone does not.
     */
    public static double similarity(Collection<String> a, Collection<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = new HashSet<>(a.size() <= b.size() ? a : b);
        Set<String> large = new HashSet<>(a.size() <= b.size() ? b : a);
        double shared = 0;
        double total = 0;
        for (String w : small) {
            double weight = w.length() == 1 ? 0.5 : 1;
            total += weight;
            if (large.contains(w)) {
                shared += weight;
            }
        }
        double union = new HashSet<String>() {{ addAll(small); addAll(large); }}.size();
        // blend overlap with Jaccard so a tiny text fully contained in a long one does not score 1.0
        double overlap = shared / total;
        double jaccard = sharedCount(small, large) / union;
        return Math.round((0.7 * overlap + 0.3 * jaccard) * 1000) / 1000.0;
    }

    private static double sharedCount(Set<String> small, Set<String> large) {
        return small.stream().filter(large::contains).count();
    }
}
