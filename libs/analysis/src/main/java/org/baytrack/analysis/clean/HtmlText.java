package org.baytrack.analysis.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain text of an HTML page, one block per line, with site chrome elements removed first. */
public final class HtmlText {
    private static final String CHROME = "script, style, noscript, iframe, form, nav, footer, aside, header nav, "
            + "[class~=(?i)(breadcrumb|crumb|share|footer|copyright|related|recommend|sidebar|rank|hotnews|comment)], "
            + "[id~=(?i)(breadcrumb|crumb|share|footer|copyright|related|recommend|sidebar|rank|hotnews|comment)]";

    /** Text and the metadata the markup states outright (any may be null). */
    public record Extracted(String text, String title, String published, String source, String author) {
    }

    private HtmlText() {
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), text(doc.selectFirst("h1")), doc.title());
        String published = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=PubDate]"), meta(doc, "meta[name=publishdate]"), meta(doc, "meta[name=pubdate]"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name=date]"));
        String source = firstNonBlank(meta(doc, "meta[name=ContentSource]"), meta(doc, "meta[name=source]"),
                meta(doc, "meta[property=og:site_name]"));
        String author = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[name=Author]"));
        doc.select(CHROME).remove();
        StringBuilder out = new StringBuilder();
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, body == null ? doc : body);
        return new Extracted(out.toString(), title, published, source, author);
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
