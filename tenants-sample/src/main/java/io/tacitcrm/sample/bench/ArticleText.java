package io.tacitcrm.sample.bench;

import io.tacitcrm.knowledge.domain.ArticleContent;
import io.tacitcrm.knowledge.domain.ArticleRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated article text with the shape of real knowledge bases: words drawn with a Zipf-like skew (a few words in a
 * large share of articles, most words rare) from an English and a Chinese vocabulary; half the articles Chinese, a
 * third English, the rest mixed. Knows which words are common and which rare, for the benchmark's queries.
 */
final class ArticleText {

    private static final String[] ENGLISH_SEEDS = ("pricing discount contract renewal battlecard competitor "
            + "reference customer "
            + "solution objection demo pilot rollout integration gateway sensor warehouse logistics factory production "
            + "maintenance downtime energy dashboard alarm latency support onboarding training warranty licence "
            + "upgrade "
            + "security audit compliance procurement budget approval timeline deadline stakeholder champion decision "
            + "manager director engineer operator workshop injection moulding packaging assembly inspection quality")
                    .split(" ");
    private static final String CHINESE_CHARS = "的一是在不了有和人这中大为上个国我以要他"
            + "时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
            + "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
            + "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因"
            + "由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正"
            + "心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公"
            + "无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
            + "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
            + "别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"
            + "世车";
    private static final int ENGLISH_WORDS = 3_000;
    private static final int CHINESE_WORDS = 4_000;

    private final Random random;
    private final List<String> english = new ArrayList<>();
    private final List<String> chinese = new ArrayList<>();

    ArticleText(Random random) {
        this.random = random;
        for (int i = 0; i < ENGLISH_WORDS; i++) {
            english.add(i < ENGLISH_SEEDS.length ? ENGLISH_SEEDS[i] : ENGLISH_SEEDS[i % ENGLISH_SEEDS.length]
                    + suffix(i));
        }
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < CHINESE_WORDS) {
            int length = 2 + (random.nextInt(4) == 0 ? 1 : 0);
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < length; k++) {
                w.append(CHINESE_CHARS.charAt(random.nextInt(CHINESE_CHARS.length())));
            }
            words.add(w.toString());
        }
        chinese.addAll(words);
    }

    private static String suffix(int i) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        int n = i / ENGLISH_SEEDS.length;
        return "" + letters.charAt(n % 26) + letters.charAt((n / 26) % 26);
    }

    ArticleContent next() {
        int kind = random.nextInt(6);
        boolean chineseFirst = kind < 3;
        boolean mixed = kind == 5;
        String title = words(chineseFirst, 3 + random.nextInt(4), mixed);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            tags.add(pick(random.nextBoolean() ? chinese : english));
        }
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            body.append(words(chineseFirst, 25 + random.nextInt(30), mixed)).append(chineseFirst ? "。\n\n" : ".\n\n");
        }
        String category = ArticleRules.BUILT_IN_CATEGORIES.get(random.nextInt(ArticleRules.BUILT_IN_CATEGORIES.size()));
        return new ArticleContent(title, category, tags.stream().distinct().toList(), body.toString());
    }

    /** Named queries: common and rare words in both languages, several words, a phrase, one character, no query. */
    Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("English, common word", english.get(0));
        q.put("English, rare word", english.get(ENGLISH_WORDS - 7));
        q.put("English, two words", english.get(1) + " " + english.get(12));
        q.put("Chinese, common word", chinese.get(0));
        q.put("Chinese, rare word", chinese.get(CHINESE_WORDS - 11));
        q.put("Chinese, two words as a phrase", chinese.get(2) + chinese.get(5));
        q.put("Chinese, one character", chinese.get(3).substring(0, 1));
        q.put("mixed, Chinese and English", chinese.get(1) + " " + english.get(3));
        q.put("no query (newest first)", "");
        return q;
    }

    private String words(boolean chineseFirst, int count, boolean mixed) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            boolean useChinese = mixed ? random.nextBoolean() : chineseFirst;
            if (!s.isEmpty()) {
                s.append(useChinese && chineseFirst ? "" : " ");
            }
            s.append(pick(useChinese ? chinese : english));
        }
        return s.toString();
    }

    /** Zipf-like: the k-th word with probability about 1/k. */
    private String pick(List<String> vocabulary) {
        double u = random.nextDouble();
        int index = (int) Math.floor(Math.pow(vocabulary.size() + 1.0, u)) - 1;
        return vocabulary.get(Math.clamp(index, 0, vocabulary.size() - 1));
    }
}
