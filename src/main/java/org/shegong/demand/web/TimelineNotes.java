package org.shegong.demand.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A demand's timeline detail in the page's language. The platform wrote some details in fixed Chinese words around
 * what a person typed (a call-back's outcome, an approved extension's new deadline, a dispatch against the duty list's
 * proposal, a demand made from a public suggestion); in English those words are translated and the typed text is
 * kept as typed. Templates: {@code ${@demandTimelineNotes.words(e.step.name(), e.detail)}}.
 */
@Component("demandTimelineNotes")
class TimelineNotes {

    private static final Pattern CALL_BACK = Pattern.compile("(已解决|未解决)；(满意|基本满意|不满意|)(?:；(.*))?", Pattern.DOTALL);
    private static final Pattern EXTENSION = Pattern.compile("(.*)（新的答复期限：([^）]+)）", Pattern.DOTALL);
    private static final Pattern OVERRIDE = Pattern.compile("改派（清单建议：(.+?)）：(.*)", Pattern.DOTALL);
    private static final Pattern SUGGESTION = Pattern.compile("人民建议 (\\S+)");

    private final MessageSource messages;

    TimelineNotes(MessageSource messages) {
        this.messages = messages;
    }

    public @Nullable String words(String step, @Nullable String detail) {
        if (detail == null || !"en".equals(LocaleContextHolder.getLocale().getLanguage())) {
            return detail;
        }
        Matcher m = CALL_BACK.matcher(detail);
        if ("CALL_BACK".equals(step) && m.matches()) {
            String out = ("已解决".equals(m.group(1)) ? "resolved" : "not resolved")
                    + switch (m.group(2)) {
                        case "满意" -> "; satisfied";
                        case "基本满意" -> "; basically satisfied";
                        case "不满意" -> "; dissatisfied";
                        default -> "";
                    };
            return m.group(3) == null ? out : out + "; " + m.group(3);
        }
        m = EXTENSION.matcher(detail);
        if ("APPROVE_EXTENSION".equals(step) && m.matches()) {
            return text("demand.timeline.extendedTo", m.group(1), m.group(2));
        }
        m = OVERRIDE.matcher(detail);
        if (m.matches()) {
            return text("demand.timeline.override", m.group(1), m.group(2));
        }
        m = SUGGESTION.matcher(detail);
        if (m.matches()) {
            return text("demand.timeline.fromSuggestion", m.group(1));
        }
        return detail;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
