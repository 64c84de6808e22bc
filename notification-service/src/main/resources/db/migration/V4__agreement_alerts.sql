-- Agreement alerts: a subscription may name parties (entity ids; empty for any), and an alert says its event type.
alter table subscription add column parties text[] not null default '{}';
alter table alert add column type text not null default 'org.baytrack.project.status-changed';
