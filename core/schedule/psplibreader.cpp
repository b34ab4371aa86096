#include "psplibreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::PsplibReader", text);
}

// Line-oriented cursor over the file with error reporting "file:line: message".
class Parser
{
public:
    Parser(const QByteArray &content, const QString &fileName)
        : m_fileName(fileName)
    {
        m_lines = content.split('\n');
        for (QByteArray &line : m_lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        if (!m_lines.isEmpty() && m_lines.last().trimmed().isEmpty())
            m_lines.removeLast();
    }

    bool fail(int line, const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = line > 0 ? QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(message)
                               : QStringLiteral("%1: %2").arg(m_fileName, message);
        }
        return false;
    }
    const QString &error() const { return m_error; }
    int lineCount() const { return int(m_lines.size()); }
    const QByteArray &line(int index) const { return m_lines[index]; }

    /// Index of the first line (from `from`) whose trimmed text starts with `prefix`, or -1.
    int find(const char *prefix, int from = 0) const
    {
        for (int i = from; i < lineCount(); ++i) {
            if (m_lines[i].trimmed().startsWith(prefix))
                return i;
        }
        return -1;
    }

    /// Whitespace-separated integers of a line; false (with an error) if one is not an integer.
    bool integers(int index, QList<int> &out, const QString &what)
    {
        out.clear();
        const QList<QByteArray> words = m_lines[index].simplified().split(' ');
        for (const QByteArray &word : words) {
            if (word.isEmpty())
                continue;
            bool ok = false;
            const int value = word.toInt(&ok);
            if (!ok)
                return fail(index + 1, tr("expected %1, found '%2'").arg(what, QString::fromLatin1(word)));
            out.push_back(value);
        }
        return true;
    }

    /// The integer after the colon of a header line such as "jobs (incl. supersource/sink ):  32".
    bool headerValue(int index, int &value)
    {
        const QByteArray &text = m_lines[index];
        const int colon = int(text.indexOf(':'));
        const QList<QByteArray> words = text.mid(colon + 1).simplified().split(' ');
        bool ok = false;
        value = words.isEmpty() ? 0 : words.first().toInt(&ok);
        if (colon < 0 || !ok || value < 0)
            return fail(index + 1, tr("expected a non-negative number after the colon"));
        return true;
    }

private:
    QString m_fileName;
    QList<QByteArray> m_lines;
    QString m_error;
};

} // namespace

std::optional<PsplibInstance> PsplibReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<PsplibInstance> PsplibReader::parse(const QByteArray &content, const QString &fileName, QString *error)
{
    Parser in(content, fileName);
    PsplibInstance instance;
    instance.fileName = fileName;
    auto failed = [&]() -> std::optional<PsplibInstance> {
        if (error)
            *error = in.error();
        return std::nullopt;
    };

    const int jobsLine = in.find("jobs (incl. supersource/sink");
    if (jobsLine < 0) {
        in.fail(0, tr("no line 'jobs (incl. supersource/sink ):'; not a PSPLIB single-mode file"));
        return failed();
    }
    int jobs = 0;
    if (!in.headerValue(jobsLine, jobs))
        return failed();
    if (jobs == 0) {
        in.fail(jobsLine + 1, tr("expected at least one job"));
        return failed();
    }
    if (const int horizonLine = in.find("horizon"); horizonLine >= 0 && !in.headerValue(horizonLine, instance.horizon))
        return failed();
    const int renewableLine = in.find("- renewable");
    if (renewableLine < 0) {
        in.fail(0, tr("no line '- renewable :' giving the number of renewable resources"));
        return failed();
    }
    int resources = 0;
    if (!in.headerValue(renewableLine, resources))
        return failed();

    // PRECEDENCE RELATIONS: jobnr. #modes #successors successors…
    const int precedence = in.find("PRECEDENCE RELATIONS");
    if (precedence < 0) {
        in.fail(0, tr("no 'PRECEDENCE RELATIONS:' section"));
        return failed();
    }
    instance.successors.assign(size_t(jobs), {});
    QList<int> numbers;
    for (int j = 0; j < jobs; ++j) {
        const int index = precedence + 2 + j;
        if (index >= in.lineCount() || in.line(index).trimmed().startsWith('*')) {
            in.fail(std::min(index, in.lineCount()) + (index >= in.lineCount() ? 0 : 1),
                    tr("expected the precedence line of job %1 of %2").arg(j + 1).arg(jobs));
            return failed();
        }
        if (!in.integers(index, numbers, tr("a job number, mode count, successor count and successors")))
            return failed();
        if (numbers.size() < 3 || numbers[0] != j + 1) {
            in.fail(index + 1, tr("expected the precedence line of job %1 (job number, modes, successor count, successors)").arg(j + 1));
            return failed();
        }
        if (numbers[1] != 1) {
            in.fail(index + 1, tr("job %1 has %2 modes; only single-mode (.sm) instances are supported").arg(j + 1).arg(numbers[1]));
            return failed();
        }
        if (numbers[2] < 0 || numbers.size() != 3 + numbers[2]) {
            in.fail(index + 1, tr("job %1 announces %2 successors but lists %3").arg(j + 1).arg(numbers[2]).arg(numbers.size() - 3));
            return failed();
        }
        for (int k = 3; k < numbers.size(); ++k) {
            if (numbers[k] < 1 || numbers[k] > jobs || numbers[k] == j + 1) {
                in.fail(index + 1, tr("job %1 names successor %2, which is not another job of 1..%3").arg(j + 1).arg(numbers[k]).arg(jobs));
                return failed();
            }
            instance.successors[size_t(j)].push_back(numbers[k] - 1);
        }
    }

    // REQUESTS/DURATIONS: header, dashes, then jobnr. mode duration R1..Rk N1..Nm
    const int requestsLine = in.find("REQUESTS/DURATIONS", precedence);
    if (requestsLine < 0) {
        in.fail(0, tr("no 'REQUESTS/DURATIONS:' section"));
        return failed();
    }
    int first = requestsLine + 1;
    while (first < in.lineCount() && !in.line(first).trimmed().startsWith('-'))
        ++first;
    ++first;
    instance.durations.assign(size_t(jobs), 0);
    instance.requests.assign(size_t(jobs) * size_t(resources), 0);
    for (int j = 0; j < jobs; ++j) {
        const int index = first + j;
        if (index >= in.lineCount() || in.line(index).trimmed().startsWith('*')) {
            in.fail(std::min(index + 1, in.lineCount()), tr("expected the duration and requests of job %1 of %2").arg(j + 1).arg(jobs));
            return failed();
        }
        if (!in.integers(index, numbers, tr("a job number, mode, duration and resource requests")))
            return failed();
        if (numbers.size() < 3 + resources || numbers[0] != j + 1 || numbers[1] != 1) {
            in.fail(index + 1, tr("expected job %1, mode 1, a duration and %2 renewable requests").arg(j + 1).arg(resources));
            return failed();
        }
        if (numbers[2] < 0) {
            in.fail(index + 1, tr("job %1 has a negative duration").arg(j + 1));
            return failed();
        }
        instance.durations[size_t(j)] = numbers[2];
        for (int r = 0; r < resources; ++r) {
            if (numbers[3 + r] < 0) {
                in.fail(index + 1, tr("job %1 requests a negative amount of resource R %2").arg(j + 1).arg(r + 1));
                return failed();
            }
            instance.requests[size_t(j) * size_t(resources) + size_t(r)] = numbers[3 + r];
        }
    }

    // RESOURCEAVAILABILITIES: a line of names, then the capacities.
    const int capacityLine = in.find("RESOURCEAVAILABILITIES", requestsLine);
    if (capacityLine < 0 || capacityLine + 2 >= in.lineCount()) {
        in.fail(capacityLine < 0 ? 0 : capacityLine + 1, tr("no 'RESOURCEAVAILABILITIES:' section with a line of capacities"));
        return failed();
    }
    if (!in.integers(capacityLine + 2, numbers, tr("resource capacities")))
        return failed();
    if (numbers.size() < resources) {
        in.fail(capacityLine + 3, tr("expected %1 renewable capacities, found %2").arg(resources).arg(numbers.size()));
        return failed();
    }
    for (int r = 0; r < resources; ++r) {
        if (numbers[r] < 0) {
            in.fail(capacityLine + 3, tr("resource R %1 has a negative capacity").arg(r + 1));
            return failed();
        }
        instance.capacities.push_back(numbers[r]);
    }
    return instance;
}

} // namespace Keel
