package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class AddressResolverUnitTests {

    private static final AddressResolver resolver = new AddressResolver(DivisionFile.load());

    private static String code(String address) {
        AddressResolution r = resolver.resolve(address);
        assertThat(r.matched()).as(address).isTrue();
        return r.region().code().value();
    }

    @Test
    void resolvesFullAddressToTheStreetItNames() {
        AddressResolution r = resolver.resolve("成都市武侯区玉林街道玉林北路1号");

        assertThat(r.region().code().value()).isEqualTo("510107005000");
        assertThat(r.region().name()).isEqualTo("玉林街道");
        assertThat(r.ambiguous()).isFalse();
        assertThat(r.spans()).extracting(AddressResolution.Span::text).containsExactly("成都市", "武侯区", "玉林街道");
        assertThat(r.spans()).extracting(AddressResolution.Span::abbreviated).containsOnly(false);
        assertThat(r.spans().get(2).start()).isEqualTo(6);
    }

    @Test
    void resolvesNamesWithTheirSuffixesOmitted() {
        AddressResolution r = resolver.resolve("成都武侯玉林");

        assertThat(r.region().code().value()).isEqualTo("510107005000");
        assertThat(r.spans()).extracting(AddressResolution.Span::text).containsExactly("成都", "武侯", "玉林");
        assertThat(r.spans()).extracting(AddressResolution.Span::abbreviated).containsOnly(true);
    }

    @Test
    void resolvesWithoutProvinceAndCity() {
        assertThat(code("武侯区玉林街道")).isEqualTo("510107005000");
        assertThat(code("四川省成都市武侯区玉林街道")).isEqualTo("510107005000");
    }

    @Test
    void resolvesAutonomousPrefecturesByTheirCommonShortNames() {
        assertThat(code("凉山彝族自治州西昌市")).isEqualTo("513401000000");
        assertThat(code("凉山西昌")).isEqualTo("513401000000");
        assertThat(code("凉山州")).isEqualTo("513400000000");
        assertThat(code("阿坝州汶川县")).isEqualTo("513221000000");
        assertThat(code("阿坝汶川")).isEqualTo("513221000000");
        assertThat(code("甘孜州康定市")).isEqualTo("513301000000");
    }

    @Test
    void resolvesVillagesAndCommunitiesAsWrittenInAddresses() {
        assertThat(code("成都市武侯区玉林街道玉林北路社区")).isEqualTo("510107005001");
        assertThat(code("武侯区玉林街道九如村社区居委会")).isEqualTo("510107005006");
    }

    @Test
    void picksTheSameNamedTownshipInsideTheCountyNamedBefore() {
        assertThat(code("华蓥市永兴镇")).isEqualTo("511681103000");
        assertThat(code("德阳市中江县永兴镇幸福路8号")).isEqualTo("510623114000");
        assertThat(code("乐山市市中区")).isEqualTo("511102000000");
        assertThat(code("内江市中区")).isEqualTo("511002000000");
    }

    @Test
    void stopsAtTheCommonAncestorWhenTheTextFitsSeveralDivisions() {
        AddressResolution r = resolver.resolve("永兴镇");

        assertThat(r.ambiguous()).isTrue();
        assertThat(r.region().code()).isEqualTo(RegionCode.SICHUAN);
        assertThat(r.candidates()).hasSize(8).allSatisfy(c -> assertThat(c.name()).isEqualTo("永兴镇"));
    }

    @Test
    void shortFormSharedByPrefectureAndCountyMeansWhereTheyMeetWhenAlone() {
        AddressResolution r = resolver.resolve("阿坝");

        assertThat(r.ambiguous()).isTrue();
        assertThat(r.region().code().value()).isEqualTo("513200000000");
    }

    @Test
    void ignoresBareTownshipWordsWithoutAHigherDivision() {
        assertThat(resolver.resolve("玉林北路1号").matched()).isFalse();
        assertThat(resolver.resolve("北京市朝阳区").matched()).isFalse();
    }

    @Test
    void aTownshipsShortFormCountsAfterItsCountyNotAfterItsCityAlone() {
        // 天府 is the short form of 温江区天府街道, and the first word of 天府大道, 天府三街 and 天府新区 all over the city
        assertThat(resolver.resolve("四川省成都市高新区天府三街").region().code().value()).isEqualTo("510100000000");
        assertThat(resolver.resolve("成都市天府新区").region().code().value()).isEqualTo("510100000000");
        assertThat(resolver.resolve("成都市天府新区正兴街道").region().name()).isEqualTo("正兴街道");
        // after its county the short form still counts
        assertThat(resolver.resolve("成都市武侯区玉林北路桂荫苑小区5栋").region().name()).isEqualTo("玉林街道");
        assertThat(resolver.resolve("成都市温江区天府街道").region().name()).isEqualTo("天府街道");
    }

    @Test
    void toleratesSpacesBetweenParts() {
        AddressResolution r = resolver.resolve("成都市 武侯区 玉林街道");

        assertThat(r.region().code().value()).isEqualTo("510107005000");
        assertThat(r.spans().get(2).text()).isEqualTo("玉林街道");
    }

    @Test
    void refusesBlankAndOverlongText() {
        assertThatThrownBy(() -> resolver.resolve(" ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> resolver.resolve("成".repeat(301))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anAddressThatNamesOnlyACityResolvesToTheCity() {
        assertThat(code("四川省绵阳市")).isEqualTo("510700000000");
        assertThat(code("绵阳市")).isEqualTo("510700000000");
        assertThat(code("四川 绵阳")).isEqualTo("510700000000");
        assertThat(resolver.resolve("四川省绵阳市").region().level()).isEqualTo(RegionLevel.CITY);
        // the province alone names no place a demand can be handled in; the resolver still says what it names
        assertThat(code("四川省")).isEqualTo("510000000000");
    }
}
