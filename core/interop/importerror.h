#pragma once
// ImportError: why a file could not be imported, with where it happened (file, line, column or
// element), so that a person can find the spot. Importers return it instead of throwing.

#include <QString>

namespace Keel {

struct ImportError
{
    QString file;       ///< the file's path as the user gave it; empty for in-memory data
    qint64 line = 0;    ///< 1-based; 0 when unknown
    qint64 column = 0;  ///< 1-based; 0 when unknown
    QString element;    ///< the XML element or CSV column concerned, if any
    QString reason;     ///< translated, says what was expected

    bool isEmpty() const { return reason.isEmpty(); }
    /// "plan.xml:12:5: <Duration>: “5 days” is not a duration (expected PT…H…M…S)".
    QString message() const;
};

} // namespace Keel
