package org.rapport.standalone.velocity;

import java.util.Locale;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.Renderable;

/**
 * HTML-escapes every {@code $reference} a template writes, with the exemptions Jira 10 and Confluence 9
 * make for values that are HTML by contract.
 *
 * <p>All five of {@code & < > " '} are escaped. Velocity's stock {@code EscapeHtmlReference} leaves
 * {@code '} alone, which lets a value break out of a single-quoted attribute; hence this handler.
 *
 * <p>Velocity hands the handler the reference as written in the template ({@code $!{view.renderBody()}}),
 * so the exemptions are decided from that text:
 * <ul>
 *   <li>A reference without a {@code .} whose name ends in {@code html}, in any case, is written as is:
 *       {@code $bodyHtml}, {@code $!fooHTML}, {@code ${barHtml}}.</li>
 *   <li>A reference whose last method ends in {@code html}, in any case, is written as is:
 *       {@code $x.getSummaryHtml()}. A property counts as the method it calls, so {@code $x.summaryHtml}
 *       (getSummaryHtml()) and {@code $map.someHtml} (the value the template author filed as HTML) are
 *       exempt too.</li>
 *   <li>A reference whose last method starts with {@code render} or {@code getRender} is written as is:
 *       {@code $view.renderBody()}, {@code $view.getRenderedTitle()}, and the property {@code $view.renderedTitle}
 *       (getRenderedTitle()).</li>
 *   <li>Everything else is escaped, including a reference whose <em>root</em> is named like HTML but whose
 *       last call is not ({@code $bodyHtml.trim()}), an index ({@code $list[0]}, which calls {@code get}),
 *       and a Velocity 2 default value ({@code ${bodyHtml|$other}}, whose fallback could be anything).</li>
 * </ul>
 *
 * <p>{@link Renderable} values (a {@code #define} block, a macro's {@code $bodyContent}) are passed through:
 * Velocity renders them itself, and the references inside them were already escaped on the way.
 *
 * <p>Velocity creates event handlers by class name, so this class is public with a no-argument constructor.
 */
public final class HtmlEscapingReferenceInsertionHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Renderable || isHtmlByName(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    /** Whether the reference, as written in the template, is exempt from escaping (see the class comment). */
    private static boolean isHtmlByName(String reference) {
        String expression = unwrap(reference);
        int lastDot = -1;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                // Velocity string literals escape a quote by doubling it, which toggles twice: still right.
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c == '.') {
                lastDot = i;
            } else if (depth == 0 && c == '|') {
                return false;
            }
        }
        String last = expression.substring(lastDot + 1);
        if (last.endsWith("]")) {
            return false;
        }
        if (lastDot < 0) {
            return endsWithHtml(last);
        }
        int parenthesis = last.indexOf('(');
        if (parenthesis >= 0) {
            String method = last.substring(0, parenthesis);
            return endsWithHtml(method) || method.startsWith("render") || method.startsWith("getRender");
        }
        // A property: Velocity calls get<Property>(), so "renderX" and "RenderX" both mean getRenderX().
        return endsWithHtml(last) || last.startsWith("render") || last.startsWith("Render");
    }

    /** {@code $!{a.b}} -> {@code a.b}. */
    private static String unwrap(String reference) {
        int start = reference.startsWith("$!") ? 2 : reference.startsWith("$") ? 1 : 0;
        int end = reference.length();
        if (reference.startsWith("{", start) && reference.endsWith("}")) {
            start++;
            end--;
        }
        return reference.substring(start, end);
    }

    private static boolean endsWithHtml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("html");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
