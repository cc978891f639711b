/**
 * The mail outbox: jobs queue mails in their own transaction ({@link com.satops.common.mail.MailOutbox}),
 * {@link com.satops.common.mail.MailDelivery} sends what is due, {@link com.satops.common.mail.MailResender}
 * queues a period's mails (or one row) again on purpose.
 *
 * <p>A job's mail, the way every job writes it:
 * <ol>
 * <li>a template {@code src/main/resources/templates/mail/<job>.html} whose root is
 *     {@code th:replace="~{layout :: page(~{::title}, ~{::#content})}"}: the layout gives every mail the
 *     same phone-friendly frame; inside, {@code ~{layout :: heading(..)}}, {@code paragraph(..)} and
 *     {@code table(mailTable)} (a {@link com.satops.common.mail.MailTable}) keep one style; every value
 *     is written with {@code th:text}, never {@code th:utext};</li>
 * <li>its sentences as keys {@code mail.<job>.*} in {@code messages/mail_zh_CN.properties} and
 *     {@code mail_en.properties}, used in the template as {@code #{mail.<job>.intro(${a}, ${b})}};</li>
 * <li>a small class of the job that puts the values in a model and calls
 *     {@link com.satops.common.mail.MailTemplates#html} (subject and table cells through
 *     {@link com.satops.common.mail.MailTemplates#text});</li>
 * <li>the step queues it with {@link com.satops.common.mail.MailOutbox#queueOrHold}, passing whether
 *     its period has ended by {@link com.satops.common.run.PeriodEnd}: a mail of a period not over is
 *     held (counted as {@code mailsHeld}, never sent) and the run after the period mails it.</li>
 * </ol>
 */
package com.satops.common.mail;
