package org.shegong.suggestion.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A suggestion's timeline note in the page's language: the platform stored some as values and fixed words (the
 * channel's name on receipt, "与 X 归为一组", "随组 X"); what a person typed after them stays as typed.
 * Templates: {@code ${@suggestionTimelineNotes.words(e.step, e.note)}}.
 */
@Component("suggestionTimelineNotes")
class TimelineNotes {

    private static final Pattern GROUPED = Pattern.compile("与 (\\S+) 归为一组");
    private static final Pattern WITH_GROUP = Pattern.compile("随组 (\\S+)");

    private final MessageSource messages;

    TimelineNotes(MessageSource messages) {
        this.messages = messages;
    }

    public @Nullable String words(String step, @Nullable String note) {
        if (note == null) {
            return null;
        }
        var locale = LocaleContextHolder.getLocale();
        if ("RECEIVE".equals(step)) {
            int dot = note.indexOf(" · ");
            String channel = dot < 0 ? note : note.substring(0, dot);
            String name = messages.getMessage("suggestion.channel." + channel, null, channel, locale);
            return dot < 0 ? name : name + note.substring(dot);
        }
        Matcher grouped = GROUPED.matcher(note);
        if (grouped.matches()) {
            return messages.getMessage("suggestion.timeline.groupedWith", new Object[] {grouped.group(1)}, locale);
        }
        Matcher with = WITH_GROUP.matcher(note);
        if (with.matches()) {
            return messages.getMessage("suggestion.timeline.withGroup", new Object[] {with.group(1)}, locale);
        }
        return note;
    }
}
