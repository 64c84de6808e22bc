-- ProcessedEventsPurge forgets old processed-event records by age. Rows arrive in time order, so a block-range index
-- finds them at almost no cost per insert (a b-tree would be a second index insert per event).
create index processed_event_age on processed_event using brin (processed_at);
