package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;

/** Properties of the address resolver and the GeoJSON reader over arbitrary input. */
class RegionInputPropertyUnitTests {

    private static final AddressResolver RESOLVER = new AddressResolver(DivisionFile.load());

    @Test
    void anyAddressResolvesOrIsInvalidInput() {
        assertThat(ArbitraryText.violations(ArbitraryText.strings(3_000), s -> {
            AddressResolution r = RESOLVER.resolve(s);
            assertThat(r).isNotNull();
        })).isEmpty();
    }

    @Test
    void anyTextGivesGridFeaturesOrProblemsButNeverThrows() {
        assertThat(ArbitraryText.violations(Stream.concat(ArbitraryText.strings(2_000), featureLike(2_000)), s -> {
            GridGeoJson.Parsed parsed = GridGeoJson.parse(s);
            assertThat(parsed.features().isEmpty() || parsed.problems().isEmpty()).isTrue();
        })).isEmpty();
    }

    /** GeoJSON-shaped documents whose values are drawn at random: the shape gets past the first checks. */
    private static Stream<String> featureLike(int count) {
        Random random = new Random(ArbitraryText.SEED);
        List<String> values = ArbitraryText.strings(200).map(RegionInputPropertyUnitTests::json).toList();
        List<String> odd = List.of("null", "1", "-1", "1.5", "1e400", "true", "[]", "{}", "[[[]]]", "[1]", "[[1,2]]",
                "[[[104.05,30.63],[104.06,30.63],[104.05,30.63]]]", "[[[104.05,30.63],[104.06,30.64],[104.06,30.63],[104.05,30.64],[104.05,30.63]]]",
                "[[[200,95],[201,95],[201,96],[200,95]]]");
        return Stream.generate(() -> {
            String value = random.nextBoolean() ? values.get(random.nextInt(values.size())) : odd.get(random.nextInt(odd.size()));
            String coordinates = odd.get(random.nextInt(odd.size()));
            String type = random.nextBoolean() ? "\"Polygon\"" : random.nextBoolean() ? "\"MultiPolygon\"" : value;
            return """
                    {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":%s,"name":%s,
                     "householdCount":%s,"supervisionPhone":%s,"workers":[{"name":%s,"phone":%s}]},
                     "geometry":{"type":%s,"coordinates":%s}}]}""".formatted(
                    random.nextBoolean() ? "\"510107005001" + (100 + random.nextInt(900)) + "\"" : value, value,
                    odd.get(random.nextInt(odd.size())), value, value, value, type, coordinates);
        }).limit(count);
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.chars().forEach(c -> sb.append(c == '"' || c == '\\' ? "\\" + (char) c : c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.append('"').toString();
    }
}
