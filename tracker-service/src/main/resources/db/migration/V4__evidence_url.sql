-- The article's address, so a page can link each piece of evidence to what it quotes; null when the client gave none.
alter table milestone_evidence add column url text;
