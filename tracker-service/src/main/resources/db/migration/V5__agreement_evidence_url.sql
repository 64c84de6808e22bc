-- The article's address, so the agreements page can link each report to what it quotes; null when the client gave none.
alter table agreement_evidence add column url text;
