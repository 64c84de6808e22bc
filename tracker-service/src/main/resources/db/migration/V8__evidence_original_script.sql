-- Each report's sentence in the article's own script when that differs from the Simplified one (a Traditional
-- article), so the pages can quote it as written; null for Simplified and English articles and for reports stored
-- before article.cataloged carried it.
alter table milestone_evidence add column original_sentence text;
alter table agreement_evidence add column original_sentence text;
