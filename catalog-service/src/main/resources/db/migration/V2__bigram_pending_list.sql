-- New bigrams wait in the GIN pending list until BigramMerge moves them into the index, every few seconds and off
-- the pipeline's path. At the 4 MB default the list filled every few hundred articles and the insert that
-- crossed the limit merged it inline, stalling the cataloguer's transaction for up to a quarter of a second.
alter index article_bigrams set (gin_pending_list_limit = 16384);
