package org.shegong.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shegong.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Address text → the deepest division it names, e.g. {@code 成都市武侯区玉林街道玉林北路1号} → 玉林街道.
 *
 * <p>All division names and their usual short forms (成都, 武侯, 凉山, 凉山州, 玉林, 光明村 …) sit in one
 * in-memory trie; a resolution walks the trie from each position of the text, then picks the best
 * chain of non-overlapping matches in which every division lies inside the one before. Levels may be
 * skipped (武侯区玉林街道 has no city). A short form of a township or village (玉林) counts only inside a
 * matched county or a deeper division (after the city alone, 成都市天府大道 names a road, not 天府街道), and a
 * short form that several cities or counties share (市中) only inside a matched higher division,
 * because on their own such words are too common. When equally good chains end in different
 * divisions, the answer is their common ancestor, flagged ambiguous.
 */
@Component
public final class AddressResolver {

    static final int MAX_LENGTH = 300;

    private final Division[] divisions;
    private final int[] parent;
    private final Trie trie;

    AddressResolver() {
        this(DivisionFile.load());
    }

    AddressResolver(List<Division> all) {
        divisions = all.toArray(Division[]::new);
        Arrays.sort(divisions, (a, b) -> a.code().compareTo(b.code()));
        Map<String, Integer> index = new HashMap<>(divisions.length * 2);
        for (int i = 0; i < divisions.length; i++) {
            index.put(divisions[i].code(), i);
        }
        parent = new int[divisions.length];
        Map<String, List<Integer>> aliases = new TreeMap<>();
        for (int i = 0; i < divisions.length; i++) {
            Division d = divisions[i];
            parent[i] = d.parentCode() == null ? -1 : index.getOrDefault(d.parentCode(), -1);
            for (DivisionNames.Alias alias : DivisionNames.aliases(d.name(), d.level())) {
                aliases.computeIfAbsent(alias.text(), k -> new ArrayList<>()).add(i * 2 + (alias.bare() ? 1 : 0));
            }
        }
        trie = Trie.build(aliases);
    }

    /** Resolves {@code address}; blank or longer than 300 characters → {@link InvalidInput}. */
    public AddressResolution resolve(String address) {
        if (address == null || address.isBlank()) {
            throw new InvalidInput("address", "region.address.blank");
        }
        if (address.length() > MAX_LENGTH) {
            throw new InvalidInput("address", "region.address.tooLong", MAX_LENGTH);
        }
        // whitespace and punctuation between parts must not break a match: work on the letters only
        int[] origin = new int[address.length() + 1];
        StringBuilder text = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!Character.isWhitespace(c) && c != '　' && c != ',' && c != '，' && c != '、' && c != '-') {
                origin[text.length()] = i;
                text.append(c);
            }
        }
        origin[text.length()] = address.length();
        return new Chains(text, origin, address).resolve();
    }

    /** One resolution's working state: the chain nodes found so far. */
    private final class Chains {
        private final CharSequence text;
        private final int[] origin;
        private final String address;
        private int size;
        private int[] id = new int[32];
        private int[] score = new int[32];
        private int[] prev = new int[32];
        private int[] start = new int[32];
        private int[] end = new int[32];
        private boolean[] bare = new boolean[32];

        Chains(CharSequence text, int[] origin, String address) {
            this.text = text;
            this.origin = origin;
            this.address = address;
        }

        AddressResolution resolve() {
            int n = text.length();
            @SuppressWarnings("unchecked")
            List<Integer>[] endingAt = new List[n + 1];
            Map<Integer, Integer> best = new HashMap<>(); // division → best node that has already ended
            int flushed = 0;
            for (int s = 0; s < n; s++) {
                for (; flushed <= s; flushed++) {
                    if (endingAt[flushed] != null) {
                        for (int node : endingAt[flushed]) {
                            best.merge(id[node], node, (a, b) -> score[a] >= score[b] ? a : b);
                        }
                    }
                }
                int node = 0;
                for (int j = s; j < n; j++) {
                    node = trie.child(node, text.charAt(j));
                    if (node < 0) {
                        break;
                    }
                    int[] entries = trie.payload(node);
                    if (entries == null) {
                        continue;
                    }
                    for (int entry : entries) {
                        int division = entry >>> 1;
                        boolean isBare = (entry & 1) == 1;
                        int predecessor = bestAncestor(division, best);
                        if (isBare && predecessor >= 0 && divisions[division].level().ordinal() > RegionLevel.COUNTY.ordinal()
                                && divisions[id[predecessor]].level().ordinal() < RegionLevel.COUNTY.ordinal()) {
                            // a township's short form after its city alone is too common a word: "成都市天府大道" is a
                            // road (and 天府新区 a zone), not 温江区天府街道; after its county it counts (武侯区玉林北路)
                            predecessor = -1;
                        }
                        boolean canStart = !isBare || (predecessor < 0 && mayStandAlone(division, entries));
                        if (predecessor < 0 && !canStart) {
                            continue;
                        }
                        int weight = (j + 1 - s) + (isBare ? 0 : 1);
                        int created = add(division, weight + (predecessor < 0 ? 0 : score[predecessor]), predecessor, s, j + 1, isBare);
                        if (endingAt[j + 1] == null) {
                            endingAt[j + 1] = new ArrayList<>(4);
                        }
                        endingAt[j + 1].add(created);
                    }
                }
            }
            return answer();
        }

        /** A short form on its own names a city or county only if it cannot mean two unrelated places (阿坝: the prefecture or its county). */
        private boolean mayStandAlone(int division, int[] entries) {
            if (divisions[division].level().ordinal() > RegionLevel.COUNTY.ordinal()) {
                return false;
            }
            for (int entry : entries) {
                int d = entry >>> 1;
                if (divisions[d].level().ordinal() <= RegionLevel.COUNTY.ordinal() && !(contains(division, d) || contains(d, division))) {
                    return false;
                }
            }
            return true;
        }

        private int bestAncestor(int division, Map<Integer, Integer> best) {
            if (best.isEmpty()) {
                return -1;
            }
            int found = -1;
            for (int a = parent[division]; a >= 0; a = parent[a]) {
                Integer node = best.get(a);
                if (node != null && (found < 0 || score[node] > score[found])) {
                    found = node;
                }
            }
            return found;
        }

        private int add(int division, int nodeScore, int predecessor, int s, int e, boolean isBare) {
            if (size == id.length) {
                int capacity = size * 2;
                id = Arrays.copyOf(id, capacity);
                score = Arrays.copyOf(score, capacity);
                prev = Arrays.copyOf(prev, capacity);
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                bare = Arrays.copyOf(bare, capacity);
            }
            id[size] = division;
            score[size] = nodeScore;
            prev[size] = predecessor;
            start[size] = s;
            end[size] = e;
            bare[size] = isBare;
            return size++;
        }

        private AddressResolution answer() {
            int top = 0;
            for (int i = 0; i < size; i++) {
                top = Math.max(top, score[i]);
            }
            Set<Integer> ends = new LinkedHashSet<>();
            int first = -1;
            for (int i = 0; i < size; i++) {
                if (score[i] == top) {
                    ends.add(id[i]);
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (first < 0) {
                return new AddressResolution(address, null, List.of(), false, List.of());
            }
            int target = ends.size() == 1 ? id[first] : commonAncestor(ends);
            List<AddressResolution.Span> spans = new ArrayList<>();
            for (int node = first; node >= 0; node = prev[node]) {
                if (contains(id[node], target)) {
                    Division d = divisions[id[node]];
                    int from = origin[start[node]];
                    int to = origin[end[node] - 1] + 1;
                    spans.add(0, new AddressResolution.Span(from, to, address.substring(from, to),
                            new RegionCode(d.code()), d.level(), bare[node]));
                }
            }
            if (target < 0) {
                return new AddressResolution(address, null, List.copyOf(spans), true, candidates(ends));
            }
            boolean ambiguous = ends.size() > 1;
            return new AddressResolution(address, divisions[target].toRegion(), List.copyOf(spans), ambiguous,
                    ambiguous ? candidates(ends) : List.of());
        }

        private List<Region> candidates(Set<Integer> ends) {
            return ends.stream().limit(10).map(i -> divisions[i].toRegion()).toList();
        }

        private int commonAncestor(Set<Integer> ends) {
            int common = ends.iterator().next();
            for (int other : ends) {
                while (common >= 0 && !contains(common, other)) {
                    common = parent[common];
                }
            }
            return common;
        }

        private boolean contains(int outer, int inner) {
            for (int d = inner; d >= 0; d = parent[d]) {
                if (d == outer) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A static trie over the alias strings in flat arrays (compact: ~37k divisions, ~100k aliases). */
    static final class Trie {
        private final int[] edgeStart;
        private final int[] edgeCount;
        private final char[] edgeChar;
        private final int[] edgeTarget;
        private final int[][] payloads;

        private Trie(int[] edgeStart, int[] edgeCount, char[] edgeChar, int[] edgeTarget, int[][] payloads) {
            this.edgeStart = edgeStart;
            this.edgeCount = edgeCount;
            this.edgeChar = edgeChar;
            this.edgeTarget = edgeTarget;
            this.payloads = payloads;
        }

        static Trie build(Map<String, List<Integer>> sortedAliases) {
            String[] keys = sortedAliases.keySet().toArray(String[]::new);
            int capacity = 1;
            for (String k : keys) {
                capacity += k.length();
            }
            int[] edgeStart = new int[capacity];
            int[] edgeCount = new int[capacity];
            char[] edgeChar = new char[capacity];
            int[] edgeTarget = new int[capacity];
            int[][] payloads = new int[capacity][];
            // breadth-first: node, [lo, hi) of keys sharing its prefix, depth
            int[] queue = new int[capacity * 4];
            int head = 0;
            int tail = 0;
            int nodes = 1;
            int edges = 0;
            queue[tail++] = 0;
            queue[tail++] = 0;
            queue[tail++] = keys.length;
            queue[tail++] = 0;
            while (head < tail) {
                int node = queue[head++];
                int lo = queue[head++];
                int hi = queue[head++];
                int depth = queue[head++];
                if (lo < hi && keys[lo].length() == depth) {
                    payloads[node] = sortedAliases.get(keys[lo]).stream().mapToInt(Integer::intValue).toArray();
                    lo++;
                }
                edgeStart[node] = edges;
                int i = lo;
                while (i < hi) {
                    char c = keys[i].charAt(depth);
                    int j = i + 1;
                    while (j < hi && keys[j].charAt(depth) == c) {
                        j++;
                    }
                    int child = nodes++;
                    edgeChar[edges] = c;
                    edgeTarget[edges] = child;
                    edges++;
                    queue[tail++] = child;
                    queue[tail++] = i;
                    queue[tail++] = j;
                    queue[tail++] = depth + 1;
                    i = j;
                }
                edgeCount[node] = edges - edgeStart[node];
            }
            return new Trie(edgeStart, edgeCount, edgeChar, edgeTarget, payloads);
        }

        int child(int node, char c) {
            int lo = edgeStart[node];
            int hi = lo + edgeCount[node] - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = edgeChar[mid];
                if (m < c) {
                    lo = mid + 1;
                } else if (m > c) {
                    hi = mid - 1;
                } else {
                    return edgeTarget[mid];
                }
            }
            return -1;
        }

        int[] payload(int node) {
            return payloads[node];
        }
    }
}
