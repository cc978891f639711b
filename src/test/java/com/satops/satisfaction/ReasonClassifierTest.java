package com.satops.satisfaction;

import static com.satops.common.domain.ReasonCategory.CLEANING;
import static com.satops.common.domain.ReasonCategory.FACILITIES;
import static com.satops.common.domain.ReasonCategory.GREENING;
import static com.satops.common.domain.ReasonCategory.OTHER;
import static com.satops.common.domain.ReasonCategory.PARKING;
import static com.satops.common.domain.ReasonCategory.REPAIR;
import static com.satops.common.domain.ReasonCategory.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReasonCategory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class ReasonClassifierTest {

    /** The keywords as application.yml ships them, bound the way the application binds them. */
    static final SatisfactionSettings DEFAULTS = shippedSettings();

    final ReasonClassifier classifier = new ReasonClassifier(DEFAULTS.keywords());

    @Test
    void theAgencysCategoryWinsOverTheWords() {
        assertThat(classifier.classify(CLEANING, "电梯经常坏")).isEqualTo(CLEANING);
    }

    @Test
    void leftmostKeywordWinsAcrossCategories() {
        assertThat(classifier.classify(null, "停车收费贵，保安也不管")).isEqualTo(PARKING);
        assertThat(classifier.classify(null, "保安不管乱停车")).isEqualTo(SECURITY);
        assertThat(classifier.classify(null, "客关维修管理太差")).isEqualTo(REPAIR);
        assertThat(classifier.classify(null, "公共设施维修管理跟不上")).isEqualTo(FACILITIES);
    }

    @Test
    void atTheSamePlaceTheLongerKeywordWins() {
        Map<ReasonCategory, List<String>> keywords = new LinkedHashMap<>();
        keywords.put(REPAIR, List.of("维修"));
        keywords.put(FACILITIES, List.of("维修管理"));
        ReasonClassifier overlapping = new ReasonClassifier(keywords);

        assertThat(overlapping.classify(null, "维修管理跟不上")).isEqualTo(FACILITIES);
        assertThat(overlapping.classify(null, "维修不及时")).isEqualTo(REPAIR);
    }

    @Test
    void keywordsMatchFullWidthAndAnyLetterCase() {
        ReasonClassifier latin = new ReasonClassifier(Map.of(FACILITIES, List.of("WiFi")));

        assertThat(latin.classify(null, "小区ｗｉｆｉ信号差")).isEqualTo(FACILITIES);
    }

    @Test
    void noKeywordNoTextOrNoCategoryIsOther() {
        assertThat(classifier.classify(null, "希望多搞社区活动")).isEqualTo(OTHER);
        assertThat(classifier.classify(null, "")).isEqualTo(OTHER);
        assertThat(classifier.classify(null, null)).isEqualTo(OTHER);
        assertThat(classifier.byKeyword("希望多搞社区活动")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "保安素质不高, SECURITY", "服务态度差, SECURITY", "安全问题多，外来人员随便进出, SECURITY",
            "卫生不好, CLEANING", "清洁不及时，楼道有异味, CLEANING", "垃圾清运不及时, CLEANING",
            "四害消杀没做, CLEANING",
            "停车收费贵, PARKING", "停车管理混乱, PARKING", "门岗管理不严, PARKING",
            "儿童游乐设施太少, FACILITIES", "维修管理跟不上, FACILITIES", "电梯经常坏, FACILITIES",
            "公摊费用不透明, FACILITIES", "公共收益去向不公开, FACILITIES",
            "绿化品种少, GREENING", "没人淋水, GREENING",
            "客关维修不及时, REPAIR", "其他房产原因, REPAIR"})
    void shippedKeywordsCoverTheTypicalReasonsOfTheContract(String reason, ReasonCategory expected) {
        assertThat(classifier.classify(null, reason)).isEqualTo(expected);
    }

    @Test
    void anOverrideReplacesOneCategorysKeywordsAndKeepsTheOthers() {
        // as --satops.satisfaction.keywords.SECURITY=治安,门禁 or an external application.yml would
        SatisfactionSettings overridden = settings(Map.of("satops.satisfaction.keywords.SECURITY", "治安,门禁"));
        ReasonClassifier edited = new ReasonClassifier(overridden.keywords());

        assertThat(edited.classify(null, "小区治安差")).isEqualTo(SECURITY);
        assertThat(edited.classify(null, "保安态度差")).isEqualTo(OTHER);
        assertThat(edited.classify(null, "垃圾清运不及时")).isEqualTo(CLEANING);
        assertThat(overridden.topReasons()).isEqualTo(3);
    }

    private static SatisfactionSettings shippedSettings() {
        return settings(Map.of());
    }

    private static SatisfactionSettings settings(Map<String, Object> overrides) {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(
                    new org.springframework.core.env.MapPropertySource("overrides", overrides));
            new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind("satops.satisfaction", SatisfactionSettings.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
