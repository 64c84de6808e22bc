package org.baytrack.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.Map;

/** The page templates (src/main/resources/templates), checked against their models at build time. */
@CheckedTemplate(basePath = "")
final class Pages {
    private Pages() {
    }

    static native TemplateInstance board(BoardPage.Model page, Map<String, String> msg);

    /** One line of the board, as the board renders it, for the page to replace in place. */
    static native TemplateInstance board$row(BoardPage.Row row, Map<String, String> msg);

    static native TemplateInstance project(ProjectPage.Model page, Map<String, String> msg);

    static native TemplateInstance agreements(AgreementsPage.Model page, Map<String, String> msg);

    static native TemplateInstance article(ArticlePage.Model page, Map<String, String> msg);

    static native TemplateInstance candidates(CandidatesPage.Model page, Map<String, String> msg);

    /** A page that could not be served: its title, what to say, and the id or address it was about. */
    static native TemplateInstance problem(String title, String text, String code, String boardHref, String lang,
                                           Map<String, String> msg);

    static native TemplateInstance notFound(String id, String boardHref, String lang, Map<String, String> msg);
}
