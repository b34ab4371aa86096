#pragma once
// CsvWriter: writes a project's tasks as CSV (RFC 4180, UTF-8 with a byte-order mark so that
// spreadsheets recognise it), one row per task in outline order, with the headers CsvReader
// recognises without a mapping: ID, WBS, Outline Level, Name, Duration, Start, Finish,
// Predecessors ("3FS+2d;5SS"), % Complete, Milestone, Task Mode, Constraint Type, Constraint
// Date, Deadline, Priority, Work, Actual Start, Actual Finish, Resource Names ("Ann;Bob[50%]"),
// Category, Notes. Durations keep their unit exactly ("5d", "3h", "45m", "2ed"); dates are
// "YYYY-MM-DD HH:MM". CsvReader reads back exactly what was written.

#include "projectbundle.h"

#include <QByteArray>

namespace Keel {

class CsvWriter
{
public:
    static QByteArray write(const ProjectBundle &bundle, QChar delimiter = u',');
};

} // namespace Keel
