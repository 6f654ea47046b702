package org.shegong.identity;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot's report of a refused start: what is wrong and what to do, each as one sentence in Chinese and in
 * English, read from the identity messages (no context is running yet, so the bundles are read directly).
 * Registered in {@code META-INF/spring.factories}.
 */
class StartupRefusalAnalyzer extends AbstractFailureAnalyzer<StartupRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupRefused cause) {
        return new FailureAnalysis(both(cause.key(), cause.args()), both(cause.key() + ".action", cause.args()), cause);
    }

    /** The message in Chinese, then in English; nested message keys among the arguments are resolved too. */
    static String both(String key, Object[] args) {
        return message(key, args, Locale.SIMPLIFIED_CHINESE) + " / " + message(key, args, Locale.ENGLISH);
    }

    private static String message(String key, Object[] args, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/identity", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] resolved = Arrays.stream(args)
                .map(a -> a instanceof String s && s.startsWith("identity.") && bundle.containsKey(s) ? bundle.getString(s) : a)
                .toArray();
        return new MessageFormat(bundle.getString(key), locale).format(resolved);
    }
}
