-- Which article a document became is the catalog's to say (GET /articles?document=<id>); ingest no longer follows it.
alter table document drop column article_id;
