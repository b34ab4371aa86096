#include "migrations.h"

namespace Keel {

namespace {

// Version 1: the whole domain model, the change log and the workspace metadata.
// Ids are 16-byte blobs; times are wall-clock minutes (NULL when unset); money is integer minor units.
const char *const kSchema1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;

CREATE TABLE calendars (
  id BLOB PRIMARY KEY, name TEXT, base_calendar_id BLOB REFERENCES calendars(id) DEFERRABLE INITIALLY DEFERRED,
  resource_id BLOB REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED, week TEXT, exceptions TEXT);
CREATE TABLE settings (
  id BLOB PRIMARY KEY, name TEXT, currency TEXT, minutes_per_day INTEGER, minutes_per_week INTEGER,
  days_per_month INTEGER, default_calendar_id BLOB REFERENCES calendars(id) DEFERRABLE INITIALLY DEFERRED,
  language TEXT);
CREATE TABLE skills (id BLOB PRIMARY KEY, name TEXT, category TEXT);
CREATE TABLE clients (
  id BLOB PRIMARY KEY, code TEXT, name TEXT, industry TEXT, address TEXT, website TEXT, notes TEXT);
CREATE TABLE contacts (
  id BLOB PRIMARY KEY, client_id BLOB REFERENCES clients(id) DEFERRABLE INITIALLY DEFERRED, name TEXT,
  email TEXT, phone TEXT, role TEXT, portal_access INTEGER);
CREATE TABLE resources (
  id BLOB PRIMARY KEY, name TEXT, kind TEXT, email TEXT, role TEXT, team TEXT, max_units REAL,
  calendar_id BLOB REFERENCES calendars(id) DEFERRABLE INITIALLY DEFERRED, currency TEXT, rates TEXT,
  active INTEGER);
CREATE TABLE resource_skills (
  id BLOB PRIMARY KEY, resource_id BLOB REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED,
  skill_id BLOB REFERENCES skills(id) DEFERRABLE INITIALLY DEFERRED, level INTEGER);
CREATE TABLE projects (
  id BLOB PRIMARY KEY, code TEXT, name TEXT, client_id BLOB REFERENCES clients(id) DEFERRABLE INITIALLY DEFERRED,
  manager_id BLOB REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED, phase TEXT, health TEXT,
  schedule_from TEXT, start INTEGER, finish INTEGER,
  calendar_id BLOB REFERENCES calendars(id) DEFERRABLE INITIALLY DEFERRED, currency TEXT, billing_model TEXT,
  contract_value INTEGER, budget INTEGER, retainer_per_month INTEGER, priority INTEGER, scope_statement TEXT,
  description TEXT, status_date INTEGER);
CREATE TABLE requirements (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED, code TEXT,
  title TEXT, description TEXT, acceptance TEXT, priority INTEGER, in_scope INTEGER);
CREATE TABLE tasks (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED,
  parent_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED, sort_order INTEGER, name TEXT,
  milestone INTEGER, duration INTEGER, elapsed INTEGER, work INTEGER, scheduling TEXT, constraint_type TEXT,
  constraint_date INTEGER, deadline INTEGER, start INTEGER, finish INTEGER, percent_complete INTEGER,
  actual_start INTEGER, actual_finish INTEGER, optimistic INTEGER, most_likely INTEGER, pessimistic INTEGER,
  priority INTEGER, category TEXT, client_visible INTEGER, notes TEXT,
  calendar_id BLOB REFERENCES calendars(id) DEFERRABLE INITIALLY DEFERRED, fixed_cost INTEGER, source_uid TEXT);
CREATE INDEX tasks_project ON tasks(project_id);
CREATE TABLE dependencies (
  id BLOB PRIMARY KEY, predecessor_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED,
  successor_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED, type TEXT, lag INTEGER, lag_unit TEXT);
CREATE INDEX dependencies_predecessor ON dependencies(predecessor_id);
CREATE INDEX dependencies_successor ON dependencies(successor_id);
CREATE TABLE assignments (
  id BLOB PRIMARY KEY, task_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED,
  resource_id BLOB REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED, units REAL, work INTEGER,
  actual_work INTEGER);
CREATE INDEX assignments_task ON assignments(task_id);
CREATE INDEX assignments_resource ON assignments(resource_id);
CREATE TABLE skill_requirements (
  id BLOB PRIMARY KEY, task_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED,
  skill_id BLOB REFERENCES skills(id) DEFERRABLE INITIALLY DEFERRED, min_level INTEGER, work INTEGER,
  filled_by BLOB REFERENCES assignments(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE time_entries (
  id BLOB PRIMARY KEY, resource_id BLOB REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED,
  task_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED, date INTEGER, minutes INTEGER,
  billable INTEGER, note TEXT, approval TEXT);
CREATE INDEX time_entries_task ON time_entries(task_id);
CREATE TABLE expenses (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED,
  task_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED, date INTEGER, amount INTEGER,
  currency TEXT, category TEXT, description TEXT, billable INTEGER);
CREATE TABLE baselines (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED, number INTEGER,
  name TEXT, saved_utc_ms INTEGER);
CREATE TABLE baseline_tasks (
  id BLOB PRIMARY KEY, baseline_id BLOB REFERENCES baselines(id) DEFERRABLE INITIALLY DEFERRED,
  task_id BLOB REFERENCES tasks(id) DEFERRABLE INITIALLY DEFERRED, start INTEGER, finish INTEGER,
  duration INTEGER, work INTEGER, cost INTEGER);
CREATE TABLE risks (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED, title TEXT,
  description TEXT, probability INTEGER, impact INTEGER,
  owner_id BLOB REFERENCES resources(id) DEFERRABLE INITIALLY DEFERRED, mitigation TEXT, status TEXT,
  due_date INTEGER);
CREATE TABLE requests (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED,
  contact_id BLOB REFERENCES contacts(id) DEFERRABLE INITIALLY DEFERRED, kind TEXT, title TEXT,
  description TEXT, status TEXT, priority TEXT, due_date INTEGER, created_utc_ms INTEGER,
  responded_utc_ms INTEGER, resolved_utc_ms INTEGER, client_visible INTEGER);
CREATE TABLE documents (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED,
  client_id BLOB REFERENCES clients(id) DEFERRABLE INITIALLY DEFERRED, name TEXT, mime_type TEXT,
  current_version INTEGER, client_visible INTEGER);
CREATE TABLE document_versions (
  id BLOB PRIMARY KEY, document_id BLOB REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  version INTEGER, content BLOB, sha256 TEXT, created_utc_ms INTEGER, author TEXT, comment TEXT);
CREATE TABLE communications (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED,
  client_id BLOB REFERENCES clients(id) DEFERRABLE INITIALLY DEFERRED, kind TEXT, participants TEXT,
  subject TEXT, summary TEXT, time_utc_ms INTEGER);
CREATE TABLE satisfaction_ratings (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED,
  contact_id BLOB REFERENCES contacts(id) DEFERRABLE INITIALLY DEFERRED, score INTEGER, comment TEXT,
  time_utc_ms INTEGER);
CREATE TABLE lessons_learned (
  id BLOB PRIMARY KEY, project_id BLOB REFERENCES projects(id) DEFERRABLE INITIALLY DEFERRED, title TEXT,
  description TEXT, category TEXT, recommendation TEXT);

-- The change log: one row per ChangeSet, one row per entity insert/delete or field update in it.
-- old_value/new_value hold the typed value of an update, or the JSON record of an insert/delete.
CREATE TABLE change_sets (
  seq INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, hlc INTEGER NOT NULL, replica BLOB NOT NULL,
  actor TEXT NOT NULL, utc_ms INTEGER NOT NULL, description TEXT NOT NULL);
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY, set_seq INTEGER NOT NULL REFERENCES change_sets(seq), op TEXT NOT NULL,
  entity TEXT NOT NULL, entity_id BLOB NOT NULL, field TEXT, old_value, new_value);
CREATE INDEX change_log_set ON change_log(set_seq);
CREATE INDEX change_log_entity ON change_log(entity_id);
)SQL";

// Version 2: the leveling delay of tasks (elapsed minutes, set by resource leveling).
const char *const kSchema2 = R"SQL(
ALTER TABLE tasks ADD COLUMN leveling_delay INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 3: dated exchange rates between currencies.
const char *const kSchema3 = R"SQL(
CREATE TABLE exchange_rates (id BLOB PRIMARY KEY, from_currency TEXT, to_currency TEXT, effective_from INTEGER, rate REAL);
)SQL";

// Version 4: a resource's maximum units varying over time, and an expense's receipt document.
const char *const kSchema4 = R"SQL(
ALTER TABLE resources ADD COLUMN availability TEXT;
ALTER TABLE expenses ADD COLUMN receipt_document_id BLOB REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED;
)SQL";

// Version 5: the approver's comment on a person's week of time.
const char *const kSchema5 = R"SQL(
ALTER TABLE time_entries ADD COLUMN review_comment TEXT;
)SQL";

// Version 6: the workspace's own process templates (the JSON of a template, as the built-in files).
const char *const kSchema6 = R"SQL(
CREATE TABLE process_templates (id BLOB PRIMARY KEY, key TEXT, name TEXT, description TEXT, body TEXT);
)SQL";

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1, QString::fromUtf8(kSchema1)},
        {2, QString::fromUtf8(kSchema2)},
        {3, QString::fromUtf8(kSchema3)},
        {4, QString::fromUtf8(kSchema4)},
        {5, QString::fromUtf8(kSchema5)},
        {6, QString::fromUtf8(kSchema6)},
    };
    return list;
}

int currentSchemaVersion()
{
    return migrations().last().version;
}

} // namespace Keel
