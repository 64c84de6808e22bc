-- Filing an article under its 32 bands ran 32 foreign-key checks, three quarters of the insert's cost (measured:
-- 96 000 rows in 1.42 s with the key, 0.33 s without). Articles are never deleted, and a band row naming an
-- article that is gone is harmless: IndexedSignatures leaves ids that are no article out.
alter table article_band drop constraint article_band_article_id_fkey;
