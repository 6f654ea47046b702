/**
 * 为基层减负赋能 — lightening the load on villages and communities: the admission (准入) workflow through which a
 * department asks a county body to admit new community work ({@link org.shegong.burden.Admissions}); the province
 * catalogue of certificates communities may or may not issue, with a public "can my community issue this?" page
 * ({@link org.shegong.burden.CertificateCatalogue}); the office plaque registry and clean-up campaigns
 * ({@link org.shegong.burden.Plaques}); data forms pushed down the levels with pre-filled fields, versioned
 * submissions and aggregation up the region tree ({@link org.shegong.burden.DataForms},
 * {@link org.shegong.burden.PrefillSource}); townships' assessment of county departments
 * ({@link org.shegong.burden.Assessments}); and the burden dashboard ({@link org.shegong.burden.BurdenStatistics}).
 * <p>
 * Depends on {@code duty} (village admitted lists, the refusal count), {@code calendar} (working-day deadlines),
 * {@code region}, {@code identity}, {@code notify} (reminders, overdue notices) and {@code insight} (吹哨报到
 * timeliness of departments); and, for pre-filled figures only, on the public queries of {@code demand},
 * {@code volunteer}, {@code care} and {@code workforce} ({@code ModulePrefill}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lightening the grassroots load (为基层减负赋能)")
@org.jspecify.annotations.NullMarked
package org.shegong.burden;
